package org.podquote.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.podquote.speaker.SpeakerCount;

@Schema(description = "A person in the list of people, with how often they are quoted")
record SpeakerItem(String slug, String name, @Schema(description = "quotes of this person") long appearances,
		@Schema(description = "the speaker's page") String url, @Schema(description = "this speaker in the API") String apiUrl) {

	static SpeakerItem of(SpeakerCount s, Links links) {
		return new SpeakerItem(s.slug(), s.name(), s.appearances(), links.speaker(s.slug()),
				links.apiSpeaker(s.slug()));
	}

}
