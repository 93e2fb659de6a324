package org.podquote.episode;

/** How many episodes some are, and how many of them have a date and a number. */
public record EpisodeCounts(long episodes, long dated, long numbered) {

	public boolean anyDated() {
		return dated > 0;
	}

	public boolean anyNumbered() {
		return numbered > 0;
	}

}
