package org.podquote.podcast;

import org.podquote.speaker.Speakers;

/** Someone credited on a show's episodes (from podcast:person), in a role, over some episodes. */
public record CreditedPerson(String slug, String name, String role, long episodes) {

	public String url() {
		return Speakers.url(slug);
	}

}
