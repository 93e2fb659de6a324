package org.podquote.importer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.podquote.importer.feed.ParsedFeed;

/**
 * Where an imported transcript goes and what we know of its episode.
 *
 * @param podcastTitle the show
 * @param guid the feed item's guid, or a key from the source for loose files
 * @param title the episode's title
 * @param persons credits of the episode (from {@code podcast:person}); may be empty
 */
public record EpisodeTarget(String podcastTitle, String guid, String title, LocalDate publishedOn, Duration duration,
		String audioUrl, List<ParsedFeed.Person> persons) {

	public EpisodeTarget {
		persons = persons == null ? List.of() : List.copyOf(persons);
	}

	public static EpisodeTarget loose(String podcastTitle, String guid, String title) {
		return new EpisodeTarget(podcastTitle, guid, title, null, null, null, List.of());
	}

}
