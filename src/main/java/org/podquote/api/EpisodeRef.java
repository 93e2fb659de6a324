package org.podquote.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.podquote.appearance.QuoteView;

@Schema(description = "An episode, by title and slug (unique within its show)")
record EpisodeRef(String slug, String title, @Schema(description = "null when the source gives no date") LocalDate publishedOn,
		@Schema(description = "the episode's transcript page") String url) {

	static EpisodeRef of(QuoteView q, Links links) {
		return new EpisodeRef(q.episodeSlug(), q.episodeTitle(), q.publishedOn(),
				links.episode(q.podcastSlug(), q.episodeSlug()));
	}

}
