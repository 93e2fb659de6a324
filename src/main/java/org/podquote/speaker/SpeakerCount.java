package org.podquote.speaker;

import org.podquote.system.Ranked;

/** A person with how often they are quoted. */
public record SpeakerCount(String slug, String name, long appearances) implements Ranked {

	@Override
	public String url() {
		return Speakers.url(slug);
	}

	@Override
	public long count() {
		return appearances;
	}

}
