package org.podquote.alert;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.podquote.search.SearchCriteria;
import org.podquote.search.SearchParams;
import org.springframework.stereotype.Service;

/** Saved searches: made, listed and removed, with the secret that signs their webhook calls. */
@Service
public class Alerts {

	/** The header that carries a webhook body's signature: {@code sha256=} and the hex HMAC-SHA256 of the body. */
	public static final String SIGNATURE_HEADER = "X-Podquote-Signature";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SavedSearchRepository searches;

	private final WebhookDeliveryRepository deliveries;

	private final Clock clock;

	Alerts(SavedSearchRepository searches, WebhookDeliveryRepository deliveries, Clock clock) {
		this.searches = searches;
		this.deliveries = deliveries;
		this.clock = clock;
	}

	/** What cannot be saved, and the field it is about ({@code q}, {@code webhookUrl}, {@code name}). */
	public static class InvalidAlert extends RuntimeException {

		private final String field;

		InvalidAlert(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return field;
		}

	}

	/**
	 * Saves a search; the query must not be blank, and a webhook, when given, must be an http(s)
	 * address (whether it may be reached is the network rules' to say, on each call).
	 */
	public SavedSearch save(String name, SearchParams params, String webhookUrl) {
		SearchCriteria criteria = SearchCriteria.read(params);
		if (criteria.blank()) {
			throw new InvalidAlert("q", "Give the words to look for, in the search page's query language.");
		}
		if (!criteria.notes().isEmpty()) {
			throw new InvalidAlert(criteria.notes().get(0).argument() == null ? "q" : criteria.notes().get(0).argument(),
					"A date is YYYY, YYYY-MM or YYYY-MM-DD.");
		}
		String url = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
		if (url != null && !isHttpUrl(url)) {
			throw new InvalidAlert("webhookUrl", "The webhook must be an http:// or https:// address with a host.");
		}
		if (url != null && url.length() > 2000) {
			throw new InvalidAlert("webhookUrl", "The webhook address is longer than 2000 characters.");
		}
		String title = name == null || name.isBlank() ? criteria.q().strip() : name.strip();
		title = title.length() > 200 ? title.substring(0, 199) + "\u2026" : title;
		SearchParams kept = new SearchParams(criteria.q().strip(), criteria.speaker(), criteria.podcast(),
				blankToNull(params.from()), blankToNull(params.to()), null);
		return searches.save(new SavedSearch(title, kept, url, newSecret(), clock.instant()));
	}

	public List<SavedSearch> all() {
		return searches.findAllInOrder();
	}

	public Optional<SavedSearch> find(long id) {
		return searches.findById(id);
	}

	public boolean delete(long id) {
		Optional<SavedSearch> search = searches.findById(id);
		search.ifPresent(searches::delete);
		return search.isPresent();
	}

	/** The latest deliveries of a saved search, newest first. */
	public List<WebhookDelivery> latestDeliveries(long id, int count) {
		return deliveries.findLatest(id, org.springframework.data.domain.PageRequest.of(0, count));
	}

	/** {@code sha256=<hex>}: the HMAC-SHA256 of the body with the saved search's secret as key. */
	public static String signature(String secret, byte[] body) {
		return "sha256=" + HexFormat.of().formatHex(hmac(secret, body));
	}

	/** The key in a saved search's feed address, so that only who was given the address can read it. */
	static String feedKey(SavedSearch search) {
		return HexFormat.of().formatHex(hmac(search.getSecret(), "atom feed".getBytes(StandardCharsets.UTF_8))).substring(0, 24);
	}

	static String feedPath(SavedSearch search) {
		return "/feeds/alerts/" + search.getId() + "/" + feedKey(search) + ".atom";
	}

	private static byte[] hmac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static boolean isHttpUrl(String url) {
		try {
			URI uri = URI.create(url);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
