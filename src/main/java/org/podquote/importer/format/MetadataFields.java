package org.podquote.importer.format;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podquote.importer.format.ParsedTranscript.Metadata;
import org.podquote.system.WebAddresses;

/**
 * Collects the episode facts a transcript file writes about itself ({@link Metadata}) from the
 * keys files really use: {@code title}, {@code date} / {@code publish_date} / {@code pubDate},
 * {@code audio} / {@code enclosure}, {@code link} / {@code url}, {@code episode} /
 * {@code number}, {@code duration}. The first value of a fact wins. Dates and durations are read
 * as leniently as a feed's.
 */
final class MetadataFields {

	enum Field {
		TITLE, DATE, AUDIO, LINK, NUMBER, DURATION
	}

	/** Keys by their letters alone, lower case: "publish_date", "Publish Date" and "publishDate" are one. */
	private static final Map<String, Field> KEYS = Map.ofEntries(Map.entry("title", Field.TITLE),
			Map.entry("episodetitle", Field.TITLE), Map.entry("headline", Field.TITLE), Map.entry("date", Field.DATE),
			Map.entry("publishdate", Field.DATE), Map.entry("published", Field.DATE),
			Map.entry("publishedon", Field.DATE), Map.entry("publishedat", Field.DATE),
			Map.entry("publicationdate", Field.DATE), Map.entry("pubdate", Field.DATE),
			Map.entry("datepublished", Field.DATE), Map.entry("releasedate", Field.DATE),
			Map.entry("released", Field.DATE), Map.entry("airdate", Field.DATE), Map.entry("aired", Field.DATE),
			Map.entry("audio", Field.AUDIO), Map.entry("audiourl", Field.AUDIO), Map.entry("audiofile", Field.AUDIO),
			Map.entry("enclosure", Field.AUDIO), Map.entry("enclosureurl", Field.AUDIO), Map.entry("mp3", Field.AUDIO),
			Map.entry("mediaurl", Field.AUDIO), Map.entry("link", Field.LINK), Map.entry("url", Field.LINK),
			Map.entry("permalink", Field.LINK), Map.entry("canonical", Field.LINK),
			Map.entry("canonicalurl", Field.LINK), Map.entry("episodeurl", Field.LINK),
			Map.entry("number", Field.NUMBER), Map.entry("episode", Field.NUMBER),
			Map.entry("episodenumber", Field.NUMBER), Map.entry("episodeno", Field.NUMBER),
			Map.entry("ep", Field.NUMBER), Map.entry("duration", Field.DURATION), Map.entry("length", Field.DURATION),
			Map.entry("runtime", Field.DURATION), Map.entry("runningtime", Field.DURATION));

	private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]");

	private static final Pattern NUMBER = Pattern
		.compile("^(?:#|no\\.?\\s*|nr\\.?\\s*|ep(?:isode)?\\.?\\s*)?(\\d{1,6})(?!\\d)(?![.,:]\\d)",
				Pattern.CASE_INSENSITIVE);

	/** {@code [text](url)} or {@code <url>}, as Markdown writes a link. */
	private static final Pattern MARKDOWN_LINK = Pattern.compile("^(?:\\[[^\\]]{0,300}\\]\\(([^()\\s]{1,2000})\\)|<([^<>\\s]{1,2000})>)$");

	/** "1h 02m 03s", "1 hr 2 min", "62 minutes", "45 min". */
	private static final Pattern WORDS_DURATION = Pattern
		.compile("^(?:(\\d{1,3})\\s*(?:h|hrs?|hours?)\\b\\.?,?\\s*)?(?:(\\d{1,4})\\s*(?:m|mins?|minutes?)\\b\\.?,?\\s*)?"
				+ "(?:(\\d{1,5})\\s*(?:s|secs?|seconds?)\\b\\.?)?$", Pattern.CASE_INSENSITIVE);

	private String title;

	private LocalDate publishedOn;

	private Duration duration;

	private String audioUrl;

	private String link;

	private Integer number;

	private final Set<String> origins = new LinkedHashSet<>();

	private final List<String> warnings = new ArrayList<>();

	/** The fact a key names, or null for a key we do not read. */
	static Field field(String key) {
		return KEYS.get(NOT_LETTERS.matcher(key.toLowerCase(Locale.ROOT)).replaceAll(""));
	}

	/**
	 * Takes one key's value as written (quotes and a Markdown link around it are taken off);
	 * true when the key is one we read, whether or not its value could be read.
	 */
	boolean put(String key, String value, String origin) {
		Field field = field(key);
		if (field == null) {
			return false;
		}
		put(field, value, origin);
		return true;
	}

	void put(Field field, String value, String origin) {
		String v = unquote(value);
		if (v.isEmpty()) {
			return;
		}
		if (has(field)) {
			return;
		}
		switch (field) {
			case TITLE -> title = v;
			case DATE -> publishedOn = LenientValues.parseDate(v);
			case DURATION -> duration = duration(v);
			case AUDIO -> audioUrl = web("audio", v, origin);
			case LINK -> link = web("link", v, origin);
			case NUMBER -> number = number(v);
		}
		if (has(field)) {
			origins.add(origin);
		}
	}

	boolean has(Field field) {
		return switch (field) {
			case TITLE -> title != null;
			case DATE -> publishedOn != null;
			case DURATION -> duration != null;
			case AUDIO -> audioUrl != null;
			case LINK -> link != null;
			case NUMBER -> number != null;
		};
	}

	/** What was read, with its origins in the order they gave something ("front matter, header lines"). */
	Metadata build() {
		if (origins.isEmpty()) {
			return warnings.isEmpty() ? Metadata.NONE
					: new Metadata(null, null, null, null, null, null, null, warnings);
		}
		return new Metadata(title, publishedOn, duration, audioUrl, link, number, String.join(", ", origins),
				warnings);
	}

	/** A web address, or null with a warning: no {@code javascript:} or {@code file:} URL reaches a page. */
	private String web(String name, String value, String origin) {
		String url = url(value);
		if (url == null) {
			return null;
		}
		String problem = WebAddresses.problem(url);
		if (problem != null) {
			warnings.add("the " + name + " \"" + CueBlocks.abbreviate(url) + "\" in " + origin + " " + problem
					+ "; left out");
			return null;
		}
		return WebAddresses.web(url);
	}

	private static String unquote(String value) {
		String v = (value == null) ? "" : TranscriptText.collapse(value);
		if (v.length() >= 2 && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
			char quote = v.charAt(0);
			v = v.substring(1, v.length() - 1);
			// YAML doubles a single quote inside single quotes and escapes a double one with a backslash
			v = (quote == '\'') ? v.replace("''", "'") : v.replace("\\\"", "\"").replace("\\\\", "\\");
			v = v.strip();
		}
		return v;
	}

	/** Seconds, {@code MM:SS}, {@code HH:MM:SS}, ISO 8601 ({@code PT1H2M}) or words ({@code 1h 2m}, {@code 62 min}). */
	static Duration duration(String value) {
		Duration parsed = LenientValues.parseDuration(value);
		if (parsed == null && value.regionMatches(true, 0, "PT", 0, 2)) {
			try {
				parsed = Duration.parse(value.toUpperCase(Locale.ROOT));
			}
			catch (DateTimeParseException ex) {
				// not ISO 8601 either
			}
		}
		if (parsed == null) {
			Matcher words = WORDS_DURATION.matcher(value);
			if (words.matches() && (words.group(1) != null || words.group(2) != null || words.group(3) != null)) {
				parsed = Duration.ofHours(longOf(words.group(1)))
					.plusMinutes(longOf(words.group(2)))
					.plusSeconds(longOf(words.group(3)));
			}
		}
		return (parsed == null || parsed.isZero() || parsed.isNegative()) ? null : parsed;
	}

	private static long longOf(String digits) {
		return (digits != null) ? Long.parseLong(digits) : 0;
	}

	/**
	 * Whether a value is of the field's kind where a key could also be something else: a URL for
	 * the audio and the link; any value for the other fields.
	 */
	static boolean fits(Field field, String value) {
		if (field == Field.AUDIO || field == Field.LINK) {
			String url = url(value.strip());
			return url != null && url.matches("(?i)https?://\\S+");
		}
		return true;
	}

	private static String url(String value) {
		Matcher link = MARKDOWN_LINK.matcher(value);
		if (link.matches()) {
			return (link.group(1) != null) ? link.group(1) : link.group(2);
		}
		return value.contains(" ") ? null : value;
	}

	private static Integer number(String value) {
		Matcher m = NUMBER.matcher(value);
		return m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
	}

}
