package org.podquote.search;

import java.time.LocalDate;

/**
 * A quote search as the user asked for it.
 *
 * @param text the query in the query language (see {@link QueryParser})
 * @param speaker a speaker slug to keep to, or null
 * @param podcast a podcast slug to keep to, or null
 * @param episodeId an episode to keep to, or null
 * @param from earliest episode date, or null
 * @param to latest episode date, or null
 * @param sort relevance or newest first
 * @param page 0-based page index
 * @param size hits per page
 * @param facets whether to count the matches by speaker, podcast and year
 * @param mode by words, by meaning or both (see {@link Mode})
 */
public record SearchQuery(String text, String speaker, String podcast, Long episodeId, LocalDate from, LocalDate to,
		Sort sort, int page, int size, boolean facets, Mode mode) {

	/**
	 * How a query finds quotes. An "exact phrase" and an excluded term are kept to in every mode;
	 * the other words are matched as words, compared by meaning, or both.
	 */
	public enum Mode {

		/** Every word in some form, as the query language says. */
		WORDS,
		/** The quotes nearest in meaning (a sentence embedding's nearest neighbours). */
		MEANING,
		/** Both lists fused by reciprocal rank: the default. */
		BOTH

	}

	public enum Sort {

		RELEVANCE, NEWEST, OLDEST

	}

	public SearchQuery {
		text = text == null ? "" : text;
		sort = sort == null ? Sort.RELEVANCE : sort;
		page = Math.max(0, page);
		size = Math.max(1, size);
		mode = mode == null ? Mode.WORDS : mode;
	}

	/** A search by words. */
	public SearchQuery(String text, String speaker, String podcast, Long episodeId, LocalDate from, LocalDate to,
			Sort sort, int page, int size, boolean facets) {
		this(text, speaker, podcast, episodeId, from, to, sort, page, size, facets, Mode.WORDS);
	}

	/** The same search in another mode. */
	public SearchQuery inMode(Mode other) {
		return new SearchQuery(text, speaker, podcast, episodeId, from, to, sort, page, size, facets, other);
	}

	public static SearchQuery of(String text, int page, int size) {
		return new SearchQuery(text, null, null, null, null, null, Sort.RELEVANCE, page, size, false);
	}

	/** Every match inside one episode, in spoken order. */
	public static SearchQuery inEpisode(String text, long episodeId, int size) {
		return new SearchQuery(text, null, null, episodeId, null, null, Sort.OLDEST, 0, size, false);
	}

}
