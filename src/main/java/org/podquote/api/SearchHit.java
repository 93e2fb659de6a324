package org.podquote.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.podquote.search.QuoteHit;

@Schema(description = "A quote that matches the search")
record SearchHit(long id, String text,
		@Schema(description = "the passage that matched, HTML-escaped, with the matched words in <mark>",
				example = "… they are <mark>bad role models</mark> …") String highlighted,
		@Schema(description = "null when the voice is unknown") SpeakerRef speaker, EpisodeRef episode,
		PodcastRef podcast, @Schema(description = "the episode's date; null when undated") LocalDate publishedOn,
		@Schema(description = "milliseconds into the episode; null when untimed") Long startMs,
		@Schema(description = "h:mm:ss or m:ss into the episode; null when untimed") String startTime,
		@Schema(description = "the quote in its episode's transcript") String url,
		@Schema(description = "relevance; higher is better") float score,
		@Schema(description = "how it matched: by its words, by meaning, or both", allowableValues = { "words", "meaning",
				"both" }) String matched) {

	static SearchHit of(QuoteHit hit, Links links) {
		QuoteDetail q = QuoteDetail.of(hit.quote(), links);
		return new SearchHit(q.id(), q.text(), hit.snippetHtml(), q.speaker(), q.episode(), q.podcast(), q.publishedOn(),
				q.startMs(), q.startTime(), q.url(), hit.score(), hit.match().name().toLowerCase(java.util.Locale.ROOT));
	}

}
