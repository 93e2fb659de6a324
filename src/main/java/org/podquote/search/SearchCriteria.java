package org.podquote.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a search was asked, read leniently (a bad date or sort is dropped with a note), the one
 * factory of the {@link SearchQuery} every caller runs, and the links that narrow or widen the
 * search page. Dates are {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
public record SearchCriteria(String q, String speaker, String podcast, LocalDate from, LocalDate to,
		SearchQuery.Sort sort, List<QueryNote> notes, SearchQuery.Mode mode) {

	/** The mode a search has when it names none: words and meaning fused. */
	public static final SearchQuery.Mode DEFAULT_MODE = SearchQuery.Mode.BOTH;

	public SearchCriteria {
		mode = mode == null ? DEFAULT_MODE : mode;
	}

	public SearchCriteria(String q, String speaker, String podcast, LocalDate from, LocalDate to, SearchQuery.Sort sort,
			List<QueryNote> notes) {
		this(q, speaker, podcast, from, to, sort, notes, DEFAULT_MODE);
	}

	static final String PATH = "/search";

	public static SearchCriteria read(SearchParams params) {
		List<QueryNote> notes = new ArrayList<>();
		LocalDate from = date(params.from(), false, "from", notes);
		LocalDate to = date(params.to(), true, "to", notes);
		SearchQuery.Sort sort = sort(params.sort(), notes);
		SearchQuery.Mode mode = mode(params.mode(), notes);
		return new SearchCriteria(params.q() == null ? "" : params.q(), blankToNull(params.speaker()),
				blankToNull(params.podcast()), from, to, sort, List.copyOf(notes), mode);
	}

	/** A search among one speaker's quotes, as the speaker page asks it (its dates are already dates). */
	public static SearchCriteria ofSpeaker(String slug, String q, LocalDate from, LocalDate to, SearchQuery.Sort sort) {
		return ofSpeaker(slug, null, q, from, to, sort);
	}

	/** A search of one speaker's quotes, on one show when {@code podcast} names one. */
	public static SearchCriteria ofSpeaker(String slug, String podcast, String q, LocalDate from, LocalDate to,
			SearchQuery.Sort sort) {
		return new SearchCriteria(q == null ? "" : q, slug, podcast, from, to,
				sort == null ? SearchQuery.Sort.RELEVANCE : sort, List.of());
	}

	/** The same search in another order. */
	public SearchCriteria sorted(SearchQuery.Sort order) {
		return new SearchCriteria(q, speaker, podcast, from, to, order, notes, mode);
	}

	/** The same search in another mode. */
	public SearchCriteria inMode(SearchQuery.Mode other) {
		return new SearchCriteria(q, speaker, podcast, from, to, sort, notes, other);
	}

	/** A page of hits with their counts by speaker, podcast and year. */
	public SearchQuery query(int page, int size) {
		return query(page, size, true);
	}

	/** A page of hits alone, for lists that show no facets. */
	public SearchQuery queryWithoutFacets(int page, int size) {
		return query(page, size, false);
	}

	/**
	 * The same search among one episode's quotes, the first {@code size} matches in spoken order:
	 * how a saved search checks the quotes an import has just added.
	 */
	public SearchQuery queryInEpisode(long episodeId, int size) {
		return new SearchQuery(q, speaker, podcast, episodeId, from, to, SearchQuery.Sort.OLDEST, 0, size, false);
	}

	private SearchQuery query(int page, int size, boolean facets) {
		return new SearchQuery(q, speaker, podcast, null, from, to, sort, page, size, facets, mode);
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

	/** The same search's words over time ({@link PhraseOverTime}), a page of its own. */
	public String overTimeUrl() {
		return builder().replacePath(PhraseOverTime.PATH).replaceQueryParam("sort").build().encode().toUriString();
	}

	/** The same search for other words, as a "Did you mean" link. */
	public String withQuery(String text) {
		return new SearchCriteria(text, speaker, podcast, from, to, sort, notes, mode).url();
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

	/** The same search in another mode ({@code words}, {@code meaning}, {@code both}). */
	public String withMode(String name) {
		String value = name.equalsIgnoreCase(DEFAULT_MODE.name()) ? null : name.toLowerCase(Locale.ROOT);
		return builder().replaceQueryParam("mode", value == null ? new Object[0] : new Object[] { value })
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
		if (mode != DEFAULT_MODE) {
			builder.queryParam("mode", mode.name().toLowerCase(Locale.ROOT));
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

	private static SearchQuery.Mode mode(String value, List<QueryNote> notes) {
		String v = blankToNull(value);
		if (v == null) {
			return DEFAULT_MODE;
		}
		try {
			return SearchQuery.Mode.valueOf(v.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			notes.add(new QueryNote(QueryNote.BAD_MODE, null));
			return DEFAULT_MODE;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
