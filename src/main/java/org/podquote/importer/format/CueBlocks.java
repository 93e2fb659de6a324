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

	// settings such as "align:start position:10%" may follow the end time
	private static final Pattern TIMING = Pattern.compile("^\\s*(\\S+)\\s+-->\\s+(\\S+)(?:\\s+.*)?$");

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
		return line.contains("-->");
	}

	/** The timing of a line such as {@code 00:00:01.000 --> 00:00:04.000}, or null when it is broken. */
	static Timing timing(String line) {
		Matcher m = TIMING.matcher(line);
		if (!m.matches()) {
			return null;
		}
		Long start = TranscriptText.clock(m.group(1));
		Long end = TranscriptText.clock(m.group(2));
		return (start == null || end == null) ? null : new Timing(start, end);
	}

	/** The error for a timing line that cannot be read, most often the cut-off end of a file. */
	static TranscriptParseException brokenTiming(String source, int line, String text, String example) {
		return new TranscriptParseException(source, line,
				"broken cue timing \"" + abbreviate(text) + "\", expected e.g. " + example
						+ " (is the file cut off?)");
	}

	static String abbreviate(String text) {
		String stripped = text.strip();
		return (stripped.length() <= 60) ? stripped : stripped.substring(0, 57) + "...";
	}

}
