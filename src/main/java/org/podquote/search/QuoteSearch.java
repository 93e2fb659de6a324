package org.podquote.search;

/** Search over quote text. The only search type the rest of the app sees. */
public interface QuoteSearch {

	/** How deep any search can be paged (page × size): deeper pages cost the engine more than anyone reads. */
	int RESULT_WINDOW = 10_000;

	/**
	 * A search that finds fewer quotes than this may come with another spelling of its words that
	 * the library lacks ("genrics", which finds "genre" by its stem), when that finds more.
	 */
	int SPELLING_CHECKED_BELOW = 20;

	/**
	 * Searches with facets count their hits exactly below this many; above, the total is "about N"
	 * and the facets are counted on a sample (podquote.search.exact-count-below to change it).
	 */
	int EXACT_COUNT_BELOW = 10_000;

	/** A search that finds fewer quotes than this may come with another spelling of its rare words too. */
	int SUGGEST_BELOW = 3;

	SearchPage<QuoteHit> search(SearchQuery query);

}
