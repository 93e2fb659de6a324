package org.podquote.speaker;

/** A person with how often they are quoted. */
public record SpeakerCount(String slug, String name, long appearances) {

	public String url() {
		return Speakers.url(slug);
	}

}
