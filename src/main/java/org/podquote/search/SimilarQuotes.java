package org.podquote.search;

import java.util.List;

import org.podquote.appearance.QuoteView;

/** Quotes that mean much the same as another, or as a person's, by their embeddings. */
public interface SimilarQuotes {

	/** How many similar quotes a quote's page shows. */
	int ON_A_QUOTE = 5;

	/** How many people a speaker's page shows who said similar things. */
	int ON_A_SPEAKER = 5;

	/** The quotes nearest in meaning to a quote, from other episodes than its own; none before it is embedded. */
	List<QuoteHit> similarTo(long quoteId, int size);

	/**
	 * Other people who said much what this speaker said: for each of their quotes that say most, the
	 * nearest quote of someone else, one per person.
	 */
	List<SaidAlike> saidAlike(String speakerSlug, int size);

	/**
	 * @param theirs what the other person said
	 * @param ours the speaker's quote it is nearest to
	 */
	record SaidAlike(QuoteHit theirs, QuoteView ours) {
	}

}
