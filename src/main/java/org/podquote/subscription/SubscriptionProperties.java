package org.podquote.subscription;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often the feeds followed are checked.
 *
 * @param interval between two checks of a feed that answered (default 6 hours)
 * @param jitter the share of the interval by which each next check is moved, earlier or later at
 * random, so that feeds added together are not all fetched in the same minute (default 0.1)
 * @param retryAfter the wait after a first failure, doubled after each failure in a row (default 15 minutes)
 * @param maxBackoff the longest wait after failures (default 24 hours)
 * @param schedule whether the web app checks due feeds by itself (default true; the tests turn it off)
 * @param tick how often the web app looks for due feeds (default 1 minute)
 */
@ConfigurationProperties("podquote.subscriptions")
public record SubscriptionProperties(Duration interval, Double jitter, Duration retryAfter, Duration maxBackoff,
		Boolean schedule, Duration tick) {

	public SubscriptionProperties {
		interval = positive(interval, Duration.ofHours(6), "interval");
		retryAfter = positive(retryAfter, Duration.ofMinutes(15), "retry-after");
		maxBackoff = positive(maxBackoff, Duration.ofHours(24), "max-backoff");
		tick = positive(tick, Duration.ofMinutes(1), "tick");
		jitter = jitter == null ? 0.1 : jitter;
		if (jitter < 0 || jitter >= 1) {
			throw new IllegalArgumentException("podquote.subscriptions.jitter must be at least 0 and below 1, not " + jitter);
		}
		schedule = schedule == null || schedule;
	}

	private static Duration positive(Duration value, Duration fallback, String name) {
		if (value == null) {
			return fallback;
		}
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("podquote.subscriptions." + name + " must be positive, not " + value);
		}
		return value;
	}

}
