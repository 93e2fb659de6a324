package org.podquote.importer;

import java.util.List;

import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.episode.Episode;
import org.podquote.speaker.Speaker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives an unnamed voice of an episode ("Speaker 1") its person. The quotes change through JPA in
 * one transaction, so the search index follows them when it commits, as it follows an import. The
 * voice stays written on each quote: a new version of the transcript gives the same voice the same
 * person again.
 */
@Component
class VoiceNaming {

	/** What naming did: the person the voice now is, and how many quotes moved (0: no such voice). */
	record Named(Speaker speaker, int quotes) {
	}

	private final Library library;

	private final AppearanceRepository appearances;

	private final TransactionTemplate transactions;

	VoiceNaming(Library library, AppearanceRepository appearances, TransactionTemplate transactions) {
		this.library = library;
		this.appearances = appearances;
		this.transactions = transactions;
	}

	/** @param name a person's name or alias, found or created as an import would */
	Named name(Episode episode, String voice, String name) {
		return transactions.execute(tx -> {
			List<Appearance> quotes = appearances.findUnnamed(episode, voice);
			if (quotes.isEmpty()) {
				return new Named(null, 0);
			}
			Speaker speaker = library.speaker(name);
			quotes.forEach(quote -> quote.nameSpeaker(speaker));
			return new Named(speaker, quotes.size());
		});
	}

}
