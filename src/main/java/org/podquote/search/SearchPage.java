package org.podquote.search;

import java.time.Duration;
import java.util.List;

/**
 * A page of hits.
 *
 * @param notes how the query was read where it was not taken as written (unbalanced quotes…)
 * @param suggestion the query with its words spelt as the index has them ("Did you mean"), when
 * the query finds few quotes (see {@link QuoteSearch#SPELLING_CHECKED_BELOW}) and that one finds
 * more; else null
 * @param matches the people and shows whose name is the query
 */
public record SearchPage<T>(List<T> hits, long total, int page, int size, Duration took, List<QueryNote> notes,
		Facets facets, String suggestion, List<NameMatch> matches) {

	public SearchPage {
		hits = List.copyOf(hits);
		notes = List.copyOf(notes);
		facets = facets == null ? Facets.NONE : facets;
		matches = matches == null ? List.of() : List.copyOf(matches);
	}

	public SearchPage(List<T> hits, long total, int page, int size, Duration took, List<QueryNote> notes,
			Facets facets) {
		this(hits, total, page, size, took, notes, facets, null, List.of());
	}

	/** How many of the hits can be paged to: at most {@link QuoteSearch#RESULT_WINDOW}. */
	public long reachable() {
		return Math.min(total, QuoteSearch.RESULT_WINDOW);
	}

	public long tookMs() {
		return took.toMillis();
	}

}
