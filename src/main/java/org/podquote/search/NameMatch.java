package org.podquote.search;

import org.podquote.podcast.Podcasts;
import org.podquote.speaker.Speakers;

/**
 * A person or a show whose name is what was searched for, to link above the quotes that say it.
 *
 * @param quotes how many quotes are theirs (of the person, or in the show)
 */
public record NameMatch(Kind kind, String slug, String name, long quotes) {

	public enum Kind {

		PERSON, SHOW

	}

	/** Their page. */
	public String url() {
		return kind == Kind.PERSON ? Speakers.url(slug) : Podcasts.url(slug);
	}

}
