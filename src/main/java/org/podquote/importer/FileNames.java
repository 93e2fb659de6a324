package org.podquote.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a transcript's file name says of its episode, for when the file says nothing itself:
 * {@code go-time-100} in Go Time is "Go Time #100", number 100; {@code 001} is "Episode 1";
 * {@code show_weekly_review_2023-05-05} is "Show Weekly Review" of 5 May 2023. A name such as
 * {@code transcript} says what the file is, not which episode, and its folder's name is read
 * instead ({@code episodes/jane-doe/transcript.md} is "Jane Doe").
 */
final class FileNames {

	/** What a name gave; each part null when it gave none. */
	record Facts(String title, Integer number, LocalDate date) {
	}

	/** Names of what a file is rather than of an episode, alone or with a language: {@code transcript-en}. */
	private static final Pattern GENERIC = Pattern.compile("(?i)(episode[-_ .]?)?(transcripts?|transcription|captions?"
			+ "|subtitles?|subs|index|episode|text)([-_ .]?[a-z]{2}([-_][a-z]{2})?)?");

	/** A day written year first, with or without separators, not inside a longer number. */
	private static final Pattern DATE = Pattern
		.compile("(?<!\\d)((?:19|20)\\d\\d)([-_.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?!\\d)");

	/** {@code s1e3}, {@code S01E05}: a season's episode, which is no number in the show. */
	private static final Pattern SEASON = Pattern.compile("(?i)(.*?)[-_ .]*s(\\d{1,2})[-_ .]?e(\\d{1,3})");

	private static final Pattern TRAILING_NUMBER = Pattern.compile("(.*?)[-_ .#]*(?<!\\d)(\\d{1,5})");

	/** {@code 042-the-answer}; not a year ({@code 2019-recap}), which is no episode's number. */
	private static final Pattern LEADING_NUMBER = Pattern.compile("(?!(?:19|20)\\d\\d\\D)(\\d{1,4})[-_ .]+(\\p{L}.*)");

	/** A word before a number that means "episode": {@code ep12}, {@code go-time-episode-12}, not the e of {@code hike12}. */
	private static final Pattern EPISODE_WORD = Pattern.compile("(?i)(?:(.*?)[-_ .]+)?(episode|ep|e|no|nr|number)\\.?");

	private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from",
			"in", "into", "nor", "of", "on", "or", "the", "to", "vs", "with");

	private FileNames() {
	}

	/** Whether a file's name (without extension) says what it is rather than which episode. */
	static boolean generic(String baseName) {
		return GENERIC.matcher(baseName.strip()).matches();
	}

	/**
	 * The series a numbered name belongs to, in compact form ({@code go-time-100} is {@code gotime}),
	 * so that the numbering most files of a folder share can be told from one-off bonus episodes;
	 * null for a name without a trailing number.
	 */
	static String series(String baseName) {
		String name = withoutDate(baseName).rest();
		if (SEASON.matcher(name).matches()) {
			return null;
		}
		Matcher numbered = TRAILING_NUMBER.matcher(name);
		if (!numbered.matches() || numbered.group(1).isEmpty()) {
			return null;
		}
		return compact(withoutEpisodeWord(numbered.group(1)));
	}

	/**
	 * @param baseName the file's name without extension (or its folder's, for a generic name)
	 * @param podcastTitle the show the episode belongs to
	 * @param series the numbering most numbered files beside it share ({@link #series}), or null
	 */
	static Facts read(String baseName, String podcastTitle, String series) {
		Dated dated = withoutDate(baseName.strip());
		String name = dated.rest();
		LocalDate date = dated.date();
		if (name.isEmpty()) {
			return new Facts(date == null ? baseName.strip() : date.toString(), null, date);
		}
		Matcher season = SEASON.matcher(name);
		if (season.matches()) {
			String show = humanize(season.group(1));
			String episode = "S" + Integer.parseInt(season.group(2)) + "E" + Integer.parseInt(season.group(3));
			return new Facts(show.isEmpty() ? episode : show + " " + episode, null, date);
		}
		Matcher trailing = TRAILING_NUMBER.matcher(name);
		if (trailing.matches()) {
			int number = Integer.parseInt(trailing.group(2));
			String prefix = withoutEpisodeWord(trailing.group(1));
			if (prefix.isEmpty()) {
				return new Facts("Episode " + number, number, date);
			}
			String show = showName(prefix, podcastTitle);
			if (show != null) {
				return new Facts(show + " #" + number, number, date);
			}
			if (series != null && compact(prefix).equals(series)) {
				return new Facts(humanize(prefix) + " #" + number, number, date);
			}
			return new Facts(humanize(prefix) + " " + number, null, date);
		}
		Matcher leading = LEADING_NUMBER.matcher(name);
		if (leading.matches()) {
			return new Facts(humanize(leading.group(2)), Integer.parseInt(leading.group(1)), date);
		}
		return new Facts(humanize(name), null, date);
	}

	/**
	 * How the title names the show when the words before the number are the show's name: as the
	 * show is written when that is readable ("Go Time"), else as the file writes it; null when they
	 * are not its name. {@code changelog-news} names a show filed as {@code news}, and
	 * {@code request-for-commits} one filed as {@code rfc}.
	 */
	private static String showName(String prefix, String podcastTitle) {
		String show = compact(podcastTitle);
		String words = compact(prefix);
		if (show.length() < 2) {
			return null;
		}
		if (words.equals(show)) {
			return readable(podcastTitle) ? podcastTitle.strip() : humanize(prefix);
		}
		if (words.endsWith(show) || initials(prefix).equals(show)) {
			return humanize(prefix);
		}
		return null;
	}

	/** A title as people write it: more than one word, or capitals. */
	private static boolean readable(String title) {
		return title.strip().contains(" ") || !title.equals(title.toLowerCase(Locale.ROOT));
	}

	private record Dated(String rest, LocalDate date) {
	}

	private static Dated withoutDate(String name) {
		Matcher day = DATE.matcher(name);
		while (day.find()) {
			try {
				LocalDate date = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(3)),
						Integer.parseInt(day.group(4)));
				String rest = (name.substring(0, day.start()) + " " + name.substring(day.end()))
					.replaceAll("^[-_ .]+|[-_ .]+$", "");
				return new Dated(rest, date);
			}
			catch (DateTimeException ex) {
				// 2023-02-30 is no day: read on
			}
		}
		return new Dated(name, null);
	}

	private static String withoutEpisodeWord(String prefix) {
		Matcher word = EPISODE_WORD.matcher(prefix);
		String rest = !word.matches() ? prefix : word.group(1) == null ? "" : word.group(1);
		return rest.replaceAll("[-_ .#]+$", "");
	}

	/** Lower-case letters and digits only: {@code Go Time}, {@code go-time} and {@code gotime} are one. */
	static String compact(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	private static String initials(String words) {
		StringBuilder initials = new StringBuilder();
		for (String word : words(words)) {
			initials.append(Character.toLowerCase(word.charAt(0)));
		}
		return initials.toString();
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.split("[-_ .]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/** {@code show_weekly_review} is "Show Weekly Review"; words already written with capitals stay as written. */
	static String humanize(String text) {
		List<String> words = words(text);
		StringBuilder title = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			boolean lower = word.equals(word.toLowerCase(Locale.ROOT));
			if (lower && i > 0 && SMALL_WORDS.contains(word)) {
				title.append(' ').append(word);
				continue;
			}
			String written = lower ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word;
			title.append(i == 0 ? "" : " ").append(written);
		}
		return title.toString();
	}

}
