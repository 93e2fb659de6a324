package org.podquote.importer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.podquote.importer.feed.ParsedFeed;

/**
 * Where an imported transcript goes and what we know of its episode before reading the file.
 *
 * @param podcastTitle the show
 * @param guid the feed item's guid, or the key of a loose file ({@code file:} and its path without
 * the extension) or of an upload
 * @param facts what the feed says of the episode, which wins over the file's own metadata; or
 * what the file's name says, which the metadata overrules
 * @param factsWin whether {@code facts} win over what the transcript file says of itself
 * @param persons credits of the episode (from {@code podcast:person}); may be empty
 * @param sidecar what the folder's {@code episodes.csv} says of the episode, which wins over the
 * file and its name and stands until an edit ({@link org.podquote.episode.Episode.FactsSource#SIDECAR})
 */
public record EpisodeTarget(String podcastTitle, String guid, EpisodeFacts facts, boolean factsWin,
		List<ParsedFeed.Person> persons, EpisodeFacts sidecar) {

	public EpisodeTarget {
		facts = facts == null ? EpisodeFacts.NONE : facts;
		persons = persons == null ? List.of() : List.copyOf(persons);
		sidecar = sidecar == null ? EpisodeFacts.NONE : sidecar;
	}

	/** An episode of the given title, date, duration and audio, which stand whatever the file says. */
	public EpisodeTarget(String podcastTitle, String guid, String title, LocalDate publishedOn, Duration duration,
			String audioUrl, List<ParsedFeed.Person> persons) {
		this(podcastTitle, guid, EpisodeFacts.of(title, publishedOn, duration, audioUrl, null, null, EpisodeFacts.GIVEN),
				true, persons, EpisodeFacts.NONE);
	}

	/** An episode of the given title, which stands whatever the file says. */
	public static EpisodeTarget loose(String podcastTitle, String guid, String title) {
		return new EpisodeTarget(podcastTitle, guid, title, null, null, null, List.of());
	}

	/** A file of no feed: what its name says gives way to what the file says. */
	static EpisodeTarget loose(String podcastTitle, String guid, EpisodeFacts fromName) {
		return new EpisodeTarget(podcastTitle, guid, fromName, false, List.of(), EpisodeFacts.NONE);
	}

	/** A feed item: the feed's facts stand; the transcript's own fill what the feed leaves out. */
	static EpisodeTarget ofFeed(String podcastTitle, String guid, EpisodeFacts fromFeed,
			List<ParsedFeed.Person> persons) {
		return new EpisodeTarget(podcastTitle, guid, fromFeed, true, persons, EpisodeFacts.NONE);
	}

	/** The same episode with what a sidecar says of it. */
	EpisodeTarget withSidecar(EpisodeFacts fromSidecar) {
		return new EpisodeTarget(podcastTitle, guid, facts, factsWin, persons, fromSidecar);
	}

	/** The title before the transcript is read. */
	String title() {
		return sidecar.orElse(facts).titleOr(guid);
	}

	/** The facts to store, once the transcript has said what it says of itself. */
	EpisodeFacts with(EpisodeFacts fromFile) {
		return factsWin ? facts.orElse(fromFile) : fromFile.orElse(facts);
	}

}
