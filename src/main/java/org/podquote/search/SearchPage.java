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
 * @param exact whether {@code total} and the facets' counts are exact; else ({@link QuoteSearch#EXACT_COUNT_BELOW}
 * hits or more) they are the counts on a sample of the hits, scaled (see {@link #about()})
 */
public record SearchPage<T>(List<T> hits, long total, int page, int size, Duration took, List<QueryNote> notes,
		Facets facets, String suggestion, List<NameMatch> matches, boolean exact) {

	public SearchPage {
		hits = List.copyOf(hits);
		notes = List.copyOf(notes);
		facets = facets == null ? Facets.NONE : facets;
		matches = matches == null ? List.of() : List.copyOf(matches);
	}

	public SearchPage(List<T> hits, long total, int page, int size, Duration took, List<QueryNote> notes,
			Facets facets, String suggestion, List<NameMatch> matches) {
		this(hits, total, page, size, took, notes, facets, suggestion, matches, true);
	}

	public SearchPage(List<T> hits, long total, int page, int size, Duration took, List<QueryNote> notes,
			Facets facets) {
		this(hits, total, page, size, took, notes, facets, null, List.of());
	}

	/** How many of the hits can be paged to: at most {@link QuoteSearch#RESULT_WINDOW}. */
	public long reachable() {
		return Math.min(total, QuoteSearch.RESULT_WINDOW);
	}

	/** The total as a reader should take it: exact, or an estimate to two digits ("about 580,000"). */
	public long about() {
		if (exact || total < 100) {
			return total;
		}
		long unit = (long) Math.pow(10, (long) Math.floor(Math.log10(total)) - 1);
		return Math.round((double) total / unit) * unit;
	}

	public long tookMs() {
		return took.toMillis();
	}

}
