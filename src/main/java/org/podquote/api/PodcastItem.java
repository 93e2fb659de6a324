package org.podquote.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.podquote.podcast.PodcastSummary;

@Schema(description = "A show in the list of shows")
record PodcastItem(String slug, String title, long episodes,
		@Schema(description = "date of the earliest dated episode; null when none is dated") LocalDate first,
		@Schema(description = "date of the latest dated episode; null when none is dated") LocalDate last,
		@Schema(description = "the show's page") String url, @Schema(description = "this show in the API") String apiUrl) {

	static PodcastItem of(PodcastSummary p, Links links) {
		return new PodcastItem(p.slug(), p.title(), p.episodes(), p.first(), p.last(), links.podcast(p.slug()),
				links.apiPodcast(p.slug()));
	}

}
