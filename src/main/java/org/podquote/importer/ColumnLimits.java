package org.podquote.importer;

import org.podquote.speaker.SpeakerNames;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The longest values the library's columns hold, checked before anything is written, so that a
 * value too long fails its file or episode with the field's name on every database (PostgreSQL's
 * own refusal names no column) and nothing of it is stored.
 */
final class ColumnLimits {

	static final int PODCAST_TITLE = 500;

	static final int EPISODE_TITLE = 1000;

	static final int GUID = 1000;

	static final int SPEAKER_NAME = 300;

	static final int LOCATION = 2000;

	/** A value longer than its column; a {@link org.springframework.dao.DataAccessException} as the database's refusal would be. */
	static final class TooLong extends DataIntegrityViolationException {

		TooLong(String field, int length, int limit) {
			super(String.format("the %s is %,d characters long, longer than the %,d the library holds", field, length,
					limit));
		}

	}

	private ColumnLimits() {
	}

	/**
	 * Throws {@link TooLong} for the first of an episode's values that its column cannot hold.
	 *
	 * @param location where its transcript came from, or null when it has none
	 */
	static void checkEpisode(String podcastTitle, String guid, String title, String location) {
		check("podcast title", SpeakerNames.clean(podcastTitle), PODCAST_TITLE);
		check("episode's guid", guid, GUID);
		check("episode title", SpeakerNames.clean(title), EPISODE_TITLE);
		check("transcript's location", location, LOCATION);
	}

	/** The value when its column can hold it once cleaned, else null. */
	static String within(String value, int limit) {
		return value == null || SpeakerNames.clean(value).length() <= limit ? value : null;
	}

	private static void check(String field, String value, int limit) {
		if (value != null && value.length() > limit) {
			throw new TooLong(field, value.length(), limit);
		}
	}

}
