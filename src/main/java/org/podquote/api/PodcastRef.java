package org.podquote.api;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A show, by title and slug")
record PodcastRef(String slug, String title, @Schema(description = "the show's page") String url) {

	static PodcastRef of(String slug, String title, Links links) {
		return new PodcastRef(slug, title, links.podcast(slug));
	}

}
