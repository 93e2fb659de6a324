package org.podquote.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the search page was asked, read leniently (a bad date or sort is dropped with a note), and
 * the links that narrow or widen it. Dates are {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
public record SearchCriteria(String q, String speaker, String podcast, LocalDate from, LocalDate to,
		SearchQuery.Sort sort, List<QueryNote> notes) {

	static final String PATH = "/search";

	public static SearchCriteria read(String q, String speaker, String podcast, String from, String to, String sort) {
		List<QueryNote> notes = new ArrayList<>();
		return new SearchCriteria(q == null ? "" : q, blankToNull(speaker), blankToNull(podcast),
				date(from, false, "from", notes), date(to, true, "to", notes), sort(sort, notes), List.copyOf(notes));
	}

	SearchQuery query(int page, int size) {
		return new SearchQuery(q, speaker, podcast, null, from, to, sort, page, size, true);
	}

	public boolean blank() {
		return q.isBlank();
	}

	public boolean filtered() {
		return speaker != null || podcast != null || from != null || to != null;
	}

	public String url() {
		return builder().build().encode().toUriString();
	}

	/** The same search as a CSV download. */
	public String csvUrl() {
		return builder().replacePath(PATH + ".csv").build().encode().toUriString();
	}

	public String withSpeaker(String slug) {
		return builder().replaceQueryParam("speaker", slug).build().encode().toUriString();
	}

	public String withPodcast(String slug) {
		return builder().replaceQueryParam("podcast", slug).build().encode().toUriString();
	}

	public String withYear(String year) {
		return builder().replaceQueryParam("from", year + "-01-01")
			.replaceQueryParam("to", year + "-12-31")
			.build()
			.encode()
			.toUriString();
	}

	public String withSort(String name) {
		String value = name.equalsIgnoreCase(SearchQuery.Sort.RELEVANCE.name()) ? null : name.toLowerCase(Locale.ROOT);
		return builder().replaceQueryParam("sort", value == null ? new Object[0] : new Object[] { value })
			.build()
			.encode()
			.toUriString();
	}

	/** The search without one filter: {@code speaker}, {@code podcast} or {@code dates}. */
	public String without(String filter) {
		UriComponentsBuilder builder = builder();
		if (filter.equals("dates")) {
			builder.replaceQueryParam("from").replaceQueryParam("to");
		}
		else {
			builder.replaceQueryParam(filter);
		}
		return builder.build().encode().toUriString();
	}

	private UriComponentsBuilder builder() {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(PATH).queryParam("q", q);
		if (speaker != null) {
			builder.queryParam("speaker", speaker);
		}
		if (podcast != null) {
			builder.queryParam("podcast", podcast);
		}
		if (from != null) {
			builder.queryParam("from", from);
		}
		if (to != null) {
			builder.queryParam("to", to);
		}
		if (sort != SearchQuery.Sort.RELEVANCE) {
			builder.queryParam("sort", sort.name().toLowerCase(Locale.ROOT));
		}
		return builder;
	}

	private static LocalDate date(String value, boolean end, String name, List<QueryNote> notes) {
		String v = blankToNull(value);
		if (v == null) {
			return null;
		}
		try {
			if (v.matches("\\d{4}")) {
				int year = Integer.parseInt(v);
				return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
			}
			if (v.matches("\\d{4}-\\d{2}")) {
				LocalDate first = LocalDate.parse(v + "-01");
				return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
			}
			return LocalDate.parse(v);
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			notes.add(new QueryNote(QueryNote.BAD_DATE, name));
			return null;
		}
	}

	private static SearchQuery.Sort sort(String value, List<QueryNote> notes) {
		String v = blankToNull(value);
		if (v == null) {
			return SearchQuery.Sort.RELEVANCE;
		}
		try {
			return SearchQuery.Sort.valueOf(v.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			notes.add(new QueryNote(QueryNote.BAD_SORT, null));
			return SearchQuery.Sort.RELEVANCE;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
