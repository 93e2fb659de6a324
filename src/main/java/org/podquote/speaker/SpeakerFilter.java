package org.podquote.speaker;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * How the speaker's quotes are narrowed (words, a show, a period) and ordered, with the links
 * that change one of these and keep the others.
 *
 * @param podcast a show's slug, or null for all
 * @param total the quotes that match
 */
public record SpeakerFilter(String base, String q, String podcast, LocalDate from, LocalDate to, Order order,
		long total) {

	static final String ANCHOR = "appearances";

	/**
	 * The order of the list: those that say most first (the default; with words, the best matches
	 * first), or all in order of their episodes, newest or oldest first, and spoken order within.
	 */
	public enum Order {

		BEST, NEWEST, OLDEST;

		/** {@code ?order=newest}, {@code oldest}; anything else is the default. */
		static Order of(String parameter) {
			if (parameter != null) {
				for (Order order : values()) {
					if (order.parameter().equals(parameter.strip().toLowerCase(Locale.ROOT))) {
						return order;
					}
				}
			}
			return BEST;
		}

		public String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	SpeakerFilter withTotal(long matching) {
		return new SpeakerFilter(base, q, podcast, from, to, order, matching);
	}

	public List<Order> orders() {
		return List.of(Order.values());
	}

	public boolean active() {
		return !q.isEmpty() || podcast != null || from != null || to != null;
	}

	public boolean searching() {
		return !q.isEmpty();
	}

	public boolean best() {
		return order == Order.BEST;
	}

	public boolean oldest() {
		return order == Order.OLDEST;
	}

	/** The same list in another order. */
	public String withOrder(Order other) {
		return url(q, podcast, from, to, other);
	}

	/** The same list on one show (null: on all). */
	public String withPodcast(String slug) {
		return url(q, slug, from, to, order);
	}

	/** Every quote, in the order shown now. */
	public String cleared() {
		return url("", null, null, null, order);
	}

	/** Where the chart's bars link: the show kept, the period theirs to set. */
	public String chartBase() {
		return podcast == null ? base : base + "?podcast=" + encode(podcast);
	}

	private String url(String words, String show, LocalDate start, LocalDate end, Order sort) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(base);
		if (!words.isEmpty()) {
			url.queryParam("q", encode(words));
		}
		if (show != null) {
			url.queryParam("podcast", encode(show));
		}
		if (start != null) {
			url.queryParam("from", start);
		}
		if (end != null) {
			url.queryParam("to", end);
		}
		if (sort != Order.BEST) {
			url.queryParam("order", sort.parameter());
		}
		return url.fragment(ANCHOR).build(true).toUriString();
	}

	/** Every character but the unreserved ones, so that "&" or "+" in the words stay words. */
	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

}
