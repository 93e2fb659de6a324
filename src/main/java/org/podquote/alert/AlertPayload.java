package org.podquote.alert;

import java.time.LocalDate;
import java.util.List;

import org.podquote.appearance.QuoteView;

/**
 * The JSON body POSTed to a saved search's webhook: which search, and the quotes new to it, each
 * with who said it, where, when, its permalink and how to cite it.
 */
record AlertPayload(String event, Search search, List<Quote> quotes) {

	static final String EVENT = "quotes.matched";

	/** The saved search, with its search page and Atom feed. */
	record Search(long id, String name, String q, String speaker, String podcast, String from, String to,
			String searchUrl, String feedUrl) {
	}

	/**
	 * @param speaker null for an unnamed or unknown voice, which {@code voice} may name ("Speaker 1")
	 * @param startSeconds null when the transcript is untimed
	 */
	record Quote(long id, String text, String speaker, String speakerUrl, String voice, String episode,
			String episodeUrl, String podcast, String podcastUrl, LocalDate publishedOn, Long startSeconds, String url,
			String permalink, String citation) {

		static Quote of(QuoteView q, AlertLinks links) {
			String permalink = links.absolute(q.permalink());
			return new Quote(q.id(), q.text(), q.speakerName(),
					q.speakerUrl() == null ? null : links.absolute(q.speakerUrl()), q.voice(), q.episodeTitle(),
					links.absolute(q.episodeUrl()), q.podcastTitle(), links.absolute(q.podcastUrl()), q.publishedOn(),
					q.startSeconds(), links.absolute(q.url()), permalink, q.citation().reference(permalink));
		}

	}

}
