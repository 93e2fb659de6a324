package org.podquote.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.podquote.episode.EpisodeSummary;

@Schema(description = "An episode in a show's list")
record EpisodeItem(String slug, String title,
		@Schema(description = "its number in the show; null when unknown") Integer number,
		@Schema(description = "null when the source gives no date") LocalDate publishedOn,
		@Schema(description = "null when unknown") Integer durationSeconds,
		@Schema(description = "h:mm:ss or m:ss; null when unknown", example = "1:34:24") String duration,
		@Schema(description = "quotes in the transcript") long quotes,
		@Schema(description = "the transcript page") String url,
		@Schema(description = "this episode, with its transcript, in the API") String apiUrl) {

	static EpisodeItem of(EpisodeSummary e, Links links) {
		return new EpisodeItem(e.slug(), e.title(), e.number(), e.publishedOn(), e.durationSeconds(), e.duration(),
				e.appearances(), links.episode(e.podcastSlug(), e.slug()), links.apiEpisode(e.podcastSlug(), e.slug()));
	}

}
