package org.podquote.search;

import java.time.Duration;
import java.util.List;

/**
 * A page of hits.
 *
 * @param notes how the query was read where it was not taken as written (unbalanced quotes…)
 */
public record SearchPage<T>(List<T> hits, long total, int page, int size, Duration took, List<QueryNote> notes,
		Facets facets) {

	public SearchPage {
		hits = List.copyOf(hits);
		notes = List.copyOf(notes);
		facets = facets == null ? Facets.NONE : facets;
	}

	/** How many of the hits can be paged to: at most {@link QuoteSearch#RESULT_WINDOW}. */
	public long reachable() {
		return Math.min(total, QuoteSearch.RESULT_WINDOW);
	}

	public long tookMs() {
		return took.toMillis();
	}

}
