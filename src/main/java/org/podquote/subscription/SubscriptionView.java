package org.podquote.subscription;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A row of the subscriptions page: a feed and its checks, times in UTC to the minute. */
record SubscriptionView(long id, String name, String feedUrl, String lastChecked, String lastNewEpisode,
		String nextCheck, int failures, String lastError, String lastResult) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	static SubscriptionView of(Subscription s) {
		return new SubscriptionView(s.getId(), s.getTitle() == null ? s.getFeedUrl() : s.getTitle(), s.getFeedUrl(),
				time(s.getLastCheckedAt()), time(s.getLastNewEpisodeAt()), time(s.getNextCheckAt()), s.getFailures(),
				s.getLastError(), s.getLastResult());
	}

	/** {@code 6 hours}, {@code 15 minutes}, {@code 1 day}: a configured wait as the page says it. */
	static String words(java.time.Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds % 86_400 == 0) {
			return plural(seconds / 86_400, "day");
		}
		if (seconds % 3600 == 0) {
			return plural(seconds / 3600, "hour");
		}
		if (seconds % 60 == 0) {
			return plural(seconds / 60, "minute");
		}
		return plural(seconds, "second");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + (count == 1 ? "" : "s");
	}

	static String time(Instant instant) {
		return instant == null ? null : TIME.format(instant);
	}

}
