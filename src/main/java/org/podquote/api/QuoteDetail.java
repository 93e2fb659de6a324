package org.podquote.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.podquote.appearance.QuoteView;

@Schema(description = "A quote: a passage spoken by one person in one episode")
record QuoteDetail(long id, String text,
		@Schema(description = "a narrated heading rather than running speech") boolean heading,
		@Schema(description = "null when the voice is unknown or unnamed") SpeakerRef speaker,
		@Schema(description = "the unnamed voice of the episode the transcript gives instead of a person, "
				+ "such as \"Speaker 1\"; null when a person is known or the voice is unknown") String voice,
		EpisodeRef episode,
		PodcastRef podcast, @Schema(description = "the episode's date; null when undated") LocalDate publishedOn,
		@Schema(description = "milliseconds into the episode; null when untimed") Long startMs,
		@Schema(description = "h:mm:ss or m:ss into the episode; null when untimed", example = "12:03") String startTime,
		@Schema(description = "the quote in its episode's transcript") String url,
		@Schema(description = "the quote's own page") String permalink) {

	static QuoteDetail of(QuoteView q, Links links) {
		return new QuoteDetail(q.id(), q.text(), q.heading(), SpeakerRef.of(q.speakerSlug(), q.speakerName(), links),
				q.voice(), EpisodeRef.of(q, links), PodcastRef.of(q.podcastSlug(), q.podcastTitle(), links), q.publishedOn(),
				q.startMs(), q.time(), links.absolute(q.url()), links.absolute(q.permalink()));
	}

}
