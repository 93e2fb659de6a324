package org.podquote.alert;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.podquote.search.SearchCriteria;

/** A saved search on the alerts page, with its links and latest deliveries. */
record AlertView(long id, String name, String q, String filters, String searchUrl, String feedUrl, String webhookUrl,
		String secret, List<DeliveryView> deliveries) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	/** One delivery: its state, its attempts and what the last one got. */
	record DeliveryView(long id, String status, int quotes, int attempts, String lastAttempt, Integer lastStatusCode,
			String lastError, String nextAttempt) {

		static DeliveryView of(WebhookDelivery d) {
			return new DeliveryView(d.getId(), d.getStatus().name().toLowerCase(Locale.ROOT), d.getQuotes(),
					d.getAttempts(), time(d.getLastAttemptAt()), d.getLastStatusCode(), d.getLastError(),
					time(d.getNextAttemptAt()));
		}

	}

	static AlertView of(SavedSearch s, List<WebhookDelivery> deliveries) {
		SearchCriteria criteria = SearchCriteria.read(s.params());
		StringBuilder filters = new StringBuilder();
		var p = s.params();
		append(filters, "speaker", p.speaker());
		append(filters, "podcast", p.podcast());
		append(filters, "from", p.from());
		append(filters, "to", p.to());
		return new AlertView(s.getId(), s.getName(), s.getQ(), filters.toString(), criteria.url(), Alerts.feedPath(s),
				s.getWebhookUrl(), s.getSecret(), deliveries.stream().map(DeliveryView::of).toList());
	}

	private static void append(StringBuilder filters, String name, String value) {
		if (value != null) {
			filters.append(filters.isEmpty() ? "" : ", ").append(name).append(": ").append(value);
		}
	}

	static String time(Instant instant) {
		return instant == null ? null : TIME.format(instant);
	}

}
