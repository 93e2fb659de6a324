package org.podquote.importer.feed;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.podquote.importer.format.TranscriptType;

/**
 * What {@link FeedReader} read from an RSS podcast feed: the show, its episodes and the
 * Podcasting 2.0 transcripts and people they name. Values the feed leaves out are null.
 *
 * @param title the channel's title
 * @param siteUrl the channel's {@code link}
 * @param description the channel's description, or {@code itunes:summary} when it has none
 * @param imageUrl {@code itunes:image href}, else {@code image/url}
 * @param feedUrl the feed's own address from {@code atom:link rel="self"}
 * @param language the channel's {@code language}
 * @param persons the channel's {@code podcast:person}s: the show's regular people
 * @param items the episodes in feed order
 * @param warnings problems that did not stop the feed from being read, outside any item, as
 * {@code source:line: message}
 */
public record ParsedFeed(String title, String siteUrl, String description, String imageUrl, String feedUrl,
		String language, List<Person> persons, List<Item> items, List<String> warnings) {

	public ParsedFeed {
		persons = List.copyOf(persons);
		items = List.copyOf(items);
		warnings = List.copyOf(warnings);
	}

	/** The people of one episode: its own when it names any, else the show's. */
	public List<Person> personsOf(Item item) {
		return item.effectivePersons(persons);
	}

	/**
	 * One episode.
	 *
	 * @param guid the feed's guid, else the enclosure URL, the link or the title (in that order);
	 * null only when the item has none of them
	 * @param title the episode title
	 * @param link the episode's web page
	 * @param publishedOn the day of {@code pubDate} as the publisher wrote it (not moved to UTC)
	 * @param enclosureUrl the audio or video file
	 * @param duration {@code itunes:duration}
	 * @param number {@code itunes:episode}: the episode's number in its show
	 * @param transcripts every {@code podcast:transcript} in feed order
	 * @param persons the item's own {@code podcast:person}s, empty when it names none
	 * @param warnings what was wrong with this item, as {@code source:line: message}
	 * @param line the line of the feed where the item starts
	 * @param chaptersUrl the item's {@code podcast:chapters} JSON file, or null
	 * @param soundbites the item's {@code podcast:soundbite}s in feed order
	 */
	public record Item(String guid, String title, String link, LocalDate publishedOn, String enclosureUrl,
			Duration duration, Integer number, List<Transcript> transcripts, List<Person> persons, List<String> warnings, int line,
			String chaptersUrl, List<Soundbite> soundbites) {

		public Item {
			transcripts = List.copyOf(transcripts);
			persons = List.copyOf(persons);
			warnings = List.copyOf(warnings);
			soundbites = soundbites == null ? List.of() : List.copyOf(soundbites);
		}

		/** An item without chapters or soundbites. */
		public Item(String guid, String title, String link, LocalDate publishedOn, String enclosureUrl,
				Duration duration, Integer number, List<Transcript> transcripts, List<Person> persons,
				List<String> warnings, int line) {
			this(guid, title, link, publishedOn, enclosureUrl, duration, number, transcripts, persons, warnings, line,
					null, List.of());
		}

		/**
		 * The spec says people named on an item wholly replace the channel's for that episode, so
		 * a guest episode does not also list the show's usual hosts unless the item repeats them.
		 */
		public List<Person> effectivePersons(List<Person> channelPersons) {
			return persons.isEmpty() ? List.copyOf(channelPersons) : persons;
		}

		/**
		 * The transcript that tells us most: JSON, then WebVTT, SRT, HTML and plain text; the first
		 * in feed order among equals. Types we cannot read are never chosen.
		 */
		public Optional<Transcript> richestTranscript() {
			return transcripts.stream()
				.filter((transcript) -> transcript.format() != null)
				.min(Comparator.comparingInt(Transcript::rank));
		}

	}

	/**
	 * A {@code podcast:transcript}.
	 *
	 * @param url where the transcript is
	 * @param type the MIME type, lower case and without parameters; null when the feed gives none
	 * and the URL does not tell
	 * @param language the transcript's language, else the channel's
	 * @param rel {@code captions} for closed captions, else null
	 */
	public record Transcript(String url, String type, String language, String rel) {

		/** The short format name the transcript parsers use, or null for a type we cannot read. */
		public String format() {
			return TranscriptType.ofMimeType(type).map(TranscriptType::format).orElse(null);
		}

		public boolean captions() {
			return rel != null && rel.toLowerCase(Locale.ROOT).equals("captions");
		}

		/** Richest first, in the order of {@link TranscriptType}; what we cannot read last. */
		int rank() {
			return TranscriptType.ofMimeType(type).map(Enum::ordinal).orElse(TranscriptType.values().length);
		}

	}

	/**
	 * A {@code podcast:soundbite}: a moment of the episode worth hearing.
	 *
	 * @param start where it starts
	 * @param duration how long it lasts (positive)
	 * @param title the feed's words for it, or null
	 */
	public record Soundbite(Duration start, Duration duration, String title) {
	}

	/**
	 * A {@code podcast:person}. Role and group are case-insensitive in the spec, so they are kept
	 * in lower case.
	 *
	 * @param name the person's name or alias
	 * @param role e.g. {@code host}, {@code guest}; {@code host} when the feed gives none
	 * @param group e.g. {@code cast}, {@code visuals}; {@code cast} when the feed gives none
	 * @param img a picture of the person, or null
	 * @param href a page about the person, or null
	 */
	public record Person(String name, String role, String group, String img, String href) {

		public static final String DEFAULT_ROLE = "host";

		public static final String DEFAULT_GROUP = "cast";

	}

}
