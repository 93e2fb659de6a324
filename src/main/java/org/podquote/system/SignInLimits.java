package org.podquote.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are slowed down ({@link SignInThrottle}), per account name and per client address.
 *
 * @param freeFailures failures that cost nothing; after each further one the next attempt waits
 * 1 s, 2 s, 4 s… up to {@value SignInThrottle#MAX_DELAY_SECONDS} s
 * @param lockAfter failures that lock sign-in for {@code lockTime}
 * @param lockTime how long a lock lasts, and how long failures are remembered after the last one
 */
@ConfigurationProperties("podquote.sign-in")
public record SignInLimits(@DefaultValue("5") int freeFailures, @DefaultValue("20") int lockAfter,
		@DefaultValue("15m") Duration lockTime) {

	public SignInLimits {
		if (freeFailures < 0 || lockAfter < 1 || lockTime.isNegative() || lockTime.isZero()) {
			throw new IllegalArgumentException("podquote.sign-in needs free-failures of 0 or more, lock-after of 1 or "
					+ "more and a positive lock-time, not " + freeFailures + ", " + lockAfter + ", " + lockTime);
		}
	}

}
