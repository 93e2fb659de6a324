package org.podquote.alert;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How alerts call their webhooks.
 *
 * @param retries the waits before each retry of a delivery that failed (default 1, 5 and 30 minutes,
 * 2 and 12 hours: six attempts in all); after the last it is given up
 * @param schedule whether the web app sends due deliveries by itself (default true; the tests turn it off)
 * @param tick how often the web app looks for due deliveries (default 30 seconds)
 * @param batch the most quotes in one delivery; more new matches make more deliveries (default 100)
 */
@ConfigurationProperties("podquote.alerts")
public record AlertProperties(List<Duration> retries, Boolean schedule, Duration tick, Integer batch) {

	public AlertProperties {
		retries = retries == null ? List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
				Duration.ofHours(2), Duration.ofHours(12)) : List.copyOf(retries);
		schedule = schedule == null || schedule;
		tick = tick == null ? Duration.ofSeconds(30) : tick;
		batch = batch == null ? 100 : batch;
		if (batch < 1) {
			throw new IllegalArgumentException("podquote.alerts.batch must be at least 1, not " + batch);
		}
	}

}
