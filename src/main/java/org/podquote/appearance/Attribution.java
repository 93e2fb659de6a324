package org.podquote.appearance;

/** How we know who said a quote. */
public enum Attribution {

	/** A speaker label in the transcript itself. */
	TRANSCRIPT_LABEL,

	/** A {@code podcast:person} of the feed. */
	FEED_PERSON,

	/** The episode's title names the speaker (the seed: a narrated post by its author). */
	EPISODE_TITLE,

	/** Set by hand. */
	MANUAL

}
