package org.podquote.episode;

import java.time.LocalDate;

/**
 * How many episodes some are, how many of them have a date and a number, and the dates they span
 * (null when none is dated).
 */
public record EpisodeCounts(long episodes, long dated, long numbered, LocalDate first, LocalDate last) {

	/** No episodes. */
	public static final EpisodeCounts NONE = new EpisodeCounts(0, 0, 0, null, null);

	public boolean anyDated() {
		return dated > 0;
	}

	public boolean anyNumbered() {
		return numbered > 0;
	}

}
