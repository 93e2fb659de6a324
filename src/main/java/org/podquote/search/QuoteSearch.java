package org.podquote.search;

import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.podquote.appearance.QuoteView;

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

	/** A quote the export could not hand on: the client went away, say. */
	class ExportException extends RuntimeException {

		public ExportException(Throwable cause) {
			super(cause);
		}

	}

	/**
	 * Every quote a search finds, up to {@code limit}, in its order, handed to {@code each} one at a
	 * time (for a download that streams): one query for the quotes' ids, then their rows a batch at a
	 * time, none kept after it is handed on. No snippets, no facets.
	 *
	 * @param limit at most {@value #RESULT_WINDOW}
	 * @param total told, before any quote, how many the search finds (which may be more than {@code limit})
	 */
	default void export(SearchQuery query, int limit, LongConsumer total, Consumer<QuoteView> each) {
		// for an implementation that has no better way: page by page, each page a search
		int size = 500;
		for (int page = 0; (long) page * size < Math.min(limit, RESULT_WINDOW); page++) {
			SearchPage<QuoteHit> result = search(new SearchQuery(query.text(), query.speaker(), query.podcast(),
					query.episodeId(), query.from(), query.to(), query.sort(), page, size, false));
			if (page == 0) {
				total.accept(result.total());
			}
			result.hits().stream().limit(Math.min(limit, RESULT_WINDOW) - (long) page * size).map(QuoteHit::quote).forEach(each);
			if ((long) (page + 1) * size >= result.total()) {
				break;
			}
		}
	}

}
