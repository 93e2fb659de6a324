package org.podquote.api;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A person, by name and slug")
record SpeakerRef(String slug, String name, @Schema(description = "the speaker's page") String url) {

	static SpeakerRef of(String slug, String name, Links links) {
		return slug == null ? null : new SpeakerRef(slug, name, links.speaker(slug));
	}

}
