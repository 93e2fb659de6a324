package org.podquote.search;

import org.podquote.appearance.QuoteView;

/**
 * One matching quote.
 *
 * @param quote the quote with its speaker, episode and podcast
 * @param snippetHtml the passage that matched, HTML-escaped, with matched words in {@code <mark>}
 * @param score relevance
 */
public record QuoteHit(QuoteView quote, String snippetHtml, float score) {
}
