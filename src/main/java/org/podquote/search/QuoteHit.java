package org.podquote.search;

import org.podquote.appearance.QuoteView;

/**
 * One matching quote.
 *
 * @param quote the quote with its speaker, episode and podcast
 * @param snippetHtml the passage that matched, HTML-escaped, with matched words in {@code <mark>}
 * @param score relevance
 * @param match whether it matched by words, by meaning or both
 */
public record QuoteHit(QuoteView quote, String snippetHtml, float score, Match match) {

	public enum Match {

		WORDS, MEANING, BOTH

	}

	public QuoteHit {
		match = match == null ? Match.WORDS : match;
	}

	public QuoteHit(QuoteView quote, String snippetHtml, float score) {
		this(quote, snippetHtml, score, Match.WORDS);
	}

	QuoteHit matched(Match how) {
		return new QuoteHit(quote, snippetHtml, score, how);
	}

	QuoteHit scored(float fused, Match how) {
		return new QuoteHit(quote, snippetHtml, fused, how);
	}

}
