package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The blank-line separated blocks of a caption file and their timing lines, shared by WebVTT and SRT. */
final class CueBlocks {

	/** Lines of one block and the 1-based line number of its first line. */
	record Block(int line, List<String> lines) {

		String first() {
			return lines.get(0).strip();
		}

	}

	/** Start and end of a cue in milliseconds. */
	record Timing(long startMs, long endMs) {
	}

	/**
	 * Start, arrow, end and optional cue settings ({@code align:start position:10%}, SRT's
	 * {@code X1:…}). Arrows come with or without spaces, and as the {@code ->} or {@code →} some
	 * editors write. Bounded so that a long line costs little.
	 */
	private static final Pattern TIMING = Pattern
		.compile("^\\s{0,20}(\\S{1,40}?)\\s{0,20}(?:-{1,2}>|\u2192|[\u2013\u2014]>)\\s{0,20}(\\S{1,40})(?:\\s.*)?$");

	/** What starts a timing line even when its arrow is not the standard {@code -->}. */
	private static final Pattern LOOSE_TIMING = Pattern
		.compile("^\\s{0,20}-?[\\d:.,]{1,20}\\s{0,20}(?:->|\u2192|[\u2013\u2014]>)");

	/**
	 * A cue time as real files write it: {@code 01:02:03.456}, {@code 1:02:03,4}, {@code 02:03.456}
	 * (no hours, as Whisper writes), {@code 2:03.4}, or bare seconds {@code 123.456}; the fraction
	 * after {@code .} or {@code ,}. A leading minus is read so that it can be refused by name.
	 */
	private static final Pattern TIME = Pattern
		.compile("(-)?(?:(?:(\\d{1,4}):)?(\\d{1,4}):)?(\\d{1,7})(?:[.,](\\d{1,9}))?");

	private static final Pattern TIME_FRAGMENT = Pattern.compile("^[\\d:.,\\s>-]{1,60}$");

	private CueBlocks() {
	}

	/** The blocks from line index {@code from} on; blank lines (white space only) separate them. */
	static List<Block> blocks(String[] lines, int from) {
		List<Block> blocks = new ArrayList<>();
		int i = from;
		while (i < lines.length) {
			if (lines[i].isBlank()) {
				i++;
				continue;
			}
			int start = i;
			while (i < lines.length && !lines[i].isBlank()) {
				i++;
			}
			blocks.add(new Block(start + 1, Arrays.asList(lines).subList(start, i)));
		}
		return blocks;
	}

	static boolean isTimingLine(String line) {
		return line.contains("-->") || LOOSE_TIMING.matcher(line).lookingAt();
	}

	/** Two times without an arrow between them, {@code 00:00:02.000 00:00:03.000}; not a cue number. */
	private static final Pattern TIMES_WITHOUT_ARROW = Pattern
		.compile("^\\s{0,20}-?\\d{1,7}[:.,][\\d:.,]{0,20}\\s{1,20}-?\\d{1,7}[:.,][\\d:.,]{0,20}(?:\\s.*)?$");

	/** Whether a line holds two times but no arrow: a timing that lost it, not a cue identifier. */
	static boolean looksLikeTimingWithoutArrow(String line) {
		return TIMES_WITHOUT_ARROW.matcher(line).matches();
	}

	/** Whether a line that is not a timing looks like the start of one, as a cut-off file leaves it. */
	static boolean looksLikeTimeFragment(String line) {
		return TIME_FRAGMENT.matcher(line).matches() && line.chars().anyMatch(Character::isDigit);
	}

	/**
	 * Whether a line is a timing, readable or not as a cue's: two times around an arrow, either
	 * perhaps negative or the end before the start. For telling the format, so that a file whose
	 * first cue has a bad time gets the caption parser's error with its line, not read as text.
	 */
	static boolean looksLikeTiming(String line) {
		Matcher m = TIMING.matcher(line);
		return m.matches() && time(m.group(1)) != null && time(m.group(2)) != null;
	}

	/** The timing of a line such as {@code 00:00:01.000 --> 00:00:04.000}, or null when it is broken. */
	static Timing timing(String line) {
		Matcher m = TIMING.matcher(line);
		if (!m.matches()) {
			return null;
		}
		Long start = time(m.group(1));
		Long end = time(m.group(2));
		return (start == null || end == null || start < 0 || end < start) ? null : new Timing(start, end);
	}

	/**
	 * The timing of a cue's timing line, or the error saying what is wrong with it. A timing is
	 * said to be perhaps cut off only when nothing follows it in the file ({@code atEnd}) and what
	 * is there is the beginning of a time: elsewhere the file goes on, and "soon" is no cut time.
	 */
	static Timing timing(String source, int lineNumber, String line, String example, boolean atEnd)
			throws TranscriptParseException {
		Matcher m = TIMING.matcher(line);
		if (!m.matches()) {
			throw brokenTiming(source, lineNumber, line, example, atEnd && looksLikeTimeFragment(line),
					"it needs a start, an arrow and an end");
		}
		Long start = time(m.group(1));
		Long end = time(m.group(2));
		if (start == null || end == null) {
			String part = (start == null) ? "start" : "end";
			String value = (start == null) ? m.group(1) : m.group(2);
			throw brokenTiming(source, lineNumber, line, example, atEnd && end == null && start != null
					&& looksLikeTimeFragment(value), "the " + part + " \"" + abbreviate(value) + "\" is not a time");
		}
		if (start < 0 || end < 0) {
			throw new TranscriptParseException(source, lineNumber,
					"cue timing \"" + abbreviate(line) + "\" has a negative time; times count from 0");
		}
		if (end < start) {
			throw new TranscriptParseException(source, lineNumber,
					"cue timing \"" + abbreviate(line) + "\" ends before it starts");
		}
		return new Timing(start, end);
	}

	/** Milliseconds of one cue time (negative for a leading minus), or null when it is none. */
	static Long time(String text) {
		Matcher m = TIME.matcher(text);
		if (!m.matches()) {
			return null;
		}
		boolean hasHours = m.group(2) != null;
		boolean hasMinutes = m.group(3) != null;
		long hours = hasHours ? Long.parseLong(m.group(2)) : 0;
		long minutes = hasMinutes ? Long.parseLong(m.group(3)) : 0;
		long seconds = Long.parseLong(m.group(4));
		// after minutes, seconds have two digits: "00:00:0" is a time cut off, not zero
		if ((hasMinutes && (seconds > 59 || m.group(4).length() != 2))
				|| (hasHours && (minutes > 59 || m.group(3).length() != 2))) {
			return null;
		}
		long millis = 0;
		if (m.group(5) != null) {
			// a decimal fraction of a second: ".45" is 450 ms, ".5" is 500 ms, ".123456" 123 ms
			millis = Long.parseLong((m.group(5) + "00").substring(0, 3));
		}
		long total = ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
		return (m.group(1) != null) ? -total : total;
	}

	/** The error for a timing line that cannot be read; at the end of a file most often a cut-off. */
	private static TranscriptParseException brokenTiming(String source, int line, String text, String example,
			boolean cutOff, String why) {
		String message = cutOff
				? "broken cue timing \"" + abbreviate(text) + "\", expected e.g. " + example + " (is the file cut off?)"
				: "broken cue timing \"" + abbreviate(text) + "\": " + why + "; expected e.g. " + example;
		return new TranscriptParseException(source, line, message);
	}

	/** A time for a message: {@code 00:01:02.500}, {@code -00:00:01.000}. */
	static String clock(long millis) {
		long abs = Math.abs(millis);
		return String.format("%s%02d:%02d:%02d.%03d", millis < 0 ? "-" : "", abs / 3_600_000, abs / 60_000 % 60,
				abs / 1000 % 60, abs % 1000);
	}

	static String abbreviate(String text) {
		String stripped = text.strip();
		return (stripped.length() <= 60) ? stripped : stripped.substring(0, 57) + "...";
	}

}
