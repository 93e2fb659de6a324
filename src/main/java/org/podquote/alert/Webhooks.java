package org.podquote.alert;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.podquote.importer.ImportProperties;
import org.podquote.importer.feed.FetchException;
import org.podquote.importer.feed.FetchProperties;
import org.podquote.importer.feed.HttpFetcher;
import org.springframework.stereotype.Service;

/**
 * Sends the deliveries that are due: each a POST of its JSON body through the one HTTP client and
 * its network rules (a webhook on this machine or its network is refused unless
 * {@code podquote.fetch.allowed-hosts} names it), signed in {@value Alerts#SIGNATURE_HEADER}. An
 * answer other than 2xx, or none, is tried again after the next of the retry waits; after the
 * last it is given up. One round at a time, so that no delivery is sent twice at once.
 */
@Service
public class Webhooks {

	private static final Log logger = LogFactory.getLog(Webhooks.class);

	/** Webhooks answer at once or not at all; a delivery does not wait as long as a feed may. */
	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final long MAX_ANSWER = 1024 * 1024;

	private final WebhookDeliveryRepository deliveries;

	private final SavedSearchRepository searches;

	private final AlertProperties properties;

	private final HttpFetcher http;

	private final Clock clock;

	Webhooks(WebhookDeliveryRepository deliveries, SavedSearchRepository searches, AlertProperties properties,
			ImportProperties importProperties, FetchProperties fetch, Clock clock) {
		this.deliveries = deliveries;
		this.searches = searches;
		this.properties = properties;
		Duration timeout = importProperties.fetchTimeout().compareTo(TIMEOUT) < 0 ? importProperties.fetchTimeout() : TIMEOUT;
		this.http = new HttpFetcher(HttpFetcher.DEFAULT_CONNECT_TIMEOUT.compareTo(timeout) < 0
				? HttpFetcher.DEFAULT_CONNECT_TIMEOUT : timeout, timeout, MAX_ANSWER, fetch.rules());
		this.clock = clock;
	}

	/** What a round did. */
	public record Round(int delivered, int retrying, int failed) {

		public int attempted() {
			return delivered + retrying + failed;
		}

		/** One line for the commands, when anything was sent. */
		public void print(PrintStream out) {
			if (attempted() > 0) {
				out.println("Webhooks: " + delivered + " delivered" + (retrying == 0 ? "" : ", " + retrying + " to retry")
						+ (failed == 0 ? "" : ", " + failed + " given up"));
			}
		}

	}

	/** Sends every delivery whose time has come. */
	public synchronized Round sendDue() {
		int delivered = 0;
		int retrying = 0;
		int failed = 0;
		for (long id : deliveries.findDue(clock.instant())) {
			Optional<WebhookDelivery> found = deliveries.findById(id);
			if (found.isEmpty() || found.get().getStatus() != WebhookDelivery.Status.PENDING) {
				continue;
			}
			WebhookDelivery delivery = send(found.get());
			switch (delivery.getStatus()) {
				case DELIVERED -> delivered++;
				case PENDING -> retrying++;
				case FAILED -> failed++;
			}
		}
		return new Round(delivered, retrying, failed);
	}

	private WebhookDelivery send(WebhookDelivery delivery) {
		Optional<SavedSearch> search = searches.findById(delivery.getSavedSearchId());
		Instant at = clock.instant();
		if (search.isEmpty()) {
			delivery.attempted(at, null, "the saved search was deleted", null);
			return deliveries.save(delivery);
		}
		byte[] body = delivery.getPayload().getBytes(StandardCharsets.UTF_8);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(Alerts.SIGNATURE_HEADER, Alerts.signature(search.get().getSecret(), body));
		headers.put("X-Podquote-Event", AlertPayload.EVENT);
		headers.put("X-Podquote-Delivery", String.valueOf(delivery.getId()));
		Integer status = null;
		String error = null;
		try {
			status = http.post(delivery.getUrl(), "application/json", body, headers);
			if (status / 100 != 2) {
				error = "the webhook answered " + status;
			}
		}
		catch (FetchException ex) {
			error = ex.describe();
		}
		Instant retryAt = retryAt(delivery.getAttempts() + 1, at);
		delivery.attempted(at, status, error, retryAt);
		if (error != null) {
			logger.warn("Webhook delivery " + delivery.getId() + " to " + delivery.getUrl() + ", attempt "
					+ delivery.getAttempts() + ": " + error + (retryAt == null ? "; given up" : "; retried at " + retryAt));
		}
		return deliveries.save(delivery);
	}

	/** When to try again after {@code attempts} attempts, or null when they are all made. */
	private Instant retryAt(int attempts, Instant at) {
		List<Duration> waits = properties.retries();
		return attempts > waits.size() ? null : at.plus(waits.get(attempts - 1));
	}

}
