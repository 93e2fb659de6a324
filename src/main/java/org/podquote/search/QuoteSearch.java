package org.podquote.search;

/** Search over quote text. The only search type the rest of the app sees. */
public interface QuoteSearch {

	SearchPage<QuoteHit> search(SearchQuery query);

}
