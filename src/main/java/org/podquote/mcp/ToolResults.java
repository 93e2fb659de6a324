package org.podquote.mcp;

import java.time.LocalDate;
import java.util.List;

import org.podquote.appearance.QuoteView;
import org.springframework.web.util.HtmlUtils;

/** The records the tools answer with, sent as JSON: plain values and absolute links, no entities. */
final class ToolResults {

	private ToolResults() {
	}

	/**
	 * A quote with who said it, where and when.
	 *
	 * @param speaker the person, or null for an unnamed or unknown voice ({@code voice} names an unnamed one)
	 * @param startSeconds where it starts in the episode; null when the transcript is untimed
	 */
	record Quote(long id, String text, String speaker, String speakerSlug, String voice, String podcast,
			String podcastSlug, String episode, String episodeSlug, LocalDate publishedOn, Long startSeconds,
			String time, String url, String permalink) {

		static Quote of(QuoteView q, ToolArguments args) {
			return new Quote(q.id(), q.text(), q.speakerName(), q.speakerSlug(), q.voice(), q.podcastTitle(),
					q.podcastSlug(), q.episodeTitle(), q.episodeSlug(), q.publishedOn(), q.startSeconds(), q.time(),
					args.absolute(q.url()), args.absolute(q.permalink()));
		}

	}

	/** @param snippet the passage that matched, its matched words in {@code **} */
	record Hit(Quote quote, String snippet) {

		static String plain(String snippetHtml) {
			return HtmlUtils.htmlUnescape(snippetHtml.replace("<mark>", "**").replace("</mark>", "**"));
		}

	}

	record SearchResult(String query, long total, int page, int size, long pages, List<String> notes,
			String suggestion, List<Hit> hits, String searchUrl) {
	}

	record TopEpisode(String podcast, String podcastSlug, String episode, String episodeSlug, LocalDate publishedOn,
			long quotes, String url) {
	}

	record Speaker(String slug, String name, List<String> roles, long appearances, long episodes, long podcasts,
			long creditedEpisodes, LocalDate first, LocalDate last, List<TopEpisode> topEpisodes, String url) {
	}

	record SpeakerQuotes(String speaker, String slug, long total, int page, int size, long pages, List<Quote> quotes) {
	}

	/**
	 * @param note how {@code at} was read, when it could not be as asked (an untimed transcript)
	 */
	record Transcript(String podcast, String episode, LocalDate publishedOn, String episodeUrl, int totalQuotes,
			int firstPosition, String note, List<Quote> quotes) {
	}

	record QuoteWithCitation(Quote quote, String citation, String permalink) {
	}

}
