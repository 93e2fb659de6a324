package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text clean-up shared by the parsers: lines split the same way everywhere, markup removed,
 * entities decoded, whitespace collapsed, clock times read.
 */
final class TranscriptText {

	/** {@code m:ss}, {@code mm:ss}, {@code h:mm:ss}, each with an optional {@code .fff} or {@code ,fff}. */
	private static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):(\\d{2})(?::(\\d{2}))?(?:[.,](\\d{1,9}))?");

	/** Tags that separate words, so removing them must leave a space. */
	private static final Pattern BLOCK_TAG = Pattern
		.compile("/?(?:br|p|div|li|ul|ol|tr|td|th|h[1-6]|blockquote|section|article|hr)\\b.*",
				Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
			Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
			Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"),
			Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"),
			Map.entry("rdquo", "\u201D"), Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"),
			Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"),
			Map.entry("lrm", ""), Map.entry("rlm", ""), Map.entry("zwj", ""), Map.entry("zwnj", ""),
			Map.entry("shy", ""));

	private TranscriptText() {
	}

	/**
	 * The lines of a text, a leading byte-order mark dropped, whatever the line endings ({@code \r\n},
	 * {@code \r} or {@code \n}), empty ones kept, the last included. A scan, not a regex split: the
	 * split was a tenth of an import's parsing, as each file is split twice (to detect its format,
	 * then to read it).
	 */
	static String[] lines(String content) {
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(text.substring(start, i));
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		lines.add(text.substring(start));
		return lines.toArray(String[]::new);
	}

	/** Plain text of a fragment of markup: tags removed, entities decoded, whitespace collapsed. */
	static String plain(String markup) {
		return collapse(decodeEntities(stripTags(markup)));
	}

	/**
	 * Removes tags, including WebVTT's {@code <c.x>} and {@code <00:00:01.000>}. A {@code <} that
	 * does not open a tag ("a < b" in a caption) stays. Scans instead of using a regex so that a
	 * megabyte of {@code <} cannot make it slow.
	 */
	static String stripTags(String text) {
		if (text.indexOf('<') < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int close = (c == '<') ? tagEnd(text, i) : -1;
			if (close < 0) {
				out.append(c);
				i++;
				continue;
			}
			if (BLOCK_TAG.matcher(text.substring(i + 1, close)).matches()) {
				out.append(' ');
			}
			i = close + 1;
		}
		return out.toString();
	}

	/** The index of the {@code >} closing a tag that starts at {@code start}, or -1. */
	private static int tagEnd(String text, int start) {
		if (start + 1 >= text.length()) {
			return -1;
		}
		char next = text.charAt(start + 1);
		if (!(Character.isLetterOrDigit(next) || next == '/' || next == '!' || next == '?')) {
			return -1;
		}
		for (int j = start + 1; j < text.length(); j++) {
			char c = text.charAt(j);
			if (c == '>') {
				return j;
			}
			if (c == '<') {
				return -1;
			}
		}
		return -1;
	}

	/** Decodes named entities we know and all numeric ones; anything else stays as written. */
	static String decodeEntities(String text) {
		int amp = text.indexOf('&');
		if (amp < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (amp >= 0) {
			out.append(text, i, amp);
			int semi = semicolonNear(text, amp + 1);
			String decoded = (semi > amp + 1) ? entity(text.substring(amp + 1, semi)) : null;
			if (decoded == null) {
				out.append('&');
				i = amp + 1;
			}
			else {
				out.append(decoded);
				i = semi + 1;
			}
			amp = text.indexOf('&', i);
		}
		return out.append(text, i, text.length()).toString();
	}

	/** The {@code ;} ending an entity name that starts at {@code from}, looked for only as far as a name can go. */
	private static int semicolonNear(String text, int from) {
		for (int i = from; i < Math.min(text.length(), from + 12); i++) {
			char c = text.charAt(i);
			if (c == ';') {
				return i;
			}
			if (!Character.isLetterOrDigit(c) && c != '#') {
				return -1;
			}
		}
		return -1;
	}

	private static String entity(String name) {
		if (name.startsWith("#")) {
			try {
				boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
				int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
				if (codePoint == 0) {
					// as HTML reads it: no character (HTML would show U+FFFD), never a NUL
					return "";
				}
				if (Character.isValidCodePoint(codePoint)
						&& !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
					return codePoint == 0xA0 ? " " : new String(Character.toChars(codePoint));
				}
			}
			catch (NumberFormatException ex) {
				// not a number after all: leave the text as written
			}
			return null;
		}
		return ENTITIES.get(name.toLowerCase(Locale.ROOT));
	}

	/** Every run of white space (no-break and typographic spaces too) becomes one space; ends trimmed. */
	static String collapse(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = out.length() > 0;
			}
			else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Milliseconds of a clock time such as {@code 4:22}, {@code 01:02:03.45} or
	 * {@code 00:00:02,760}; null if it is none.
	 */
	static Long clock(String text) {
		Matcher m = CLOCK.matcher(text.strip());
		if (!m.matches()) {
			return null;
		}
		long hours = (m.group(3) != null) ? Long.parseLong(m.group(1)) : 0;
		long minutes = Long.parseLong((m.group(3) != null) ? m.group(2) : m.group(1));
		long seconds = Long.parseLong((m.group(3) != null) ? m.group(3) : m.group(2));
		if (seconds > 59 || (m.group(3) != null && minutes > 59)) {
			return null;
		}
		long millis = 0;
		if (m.group(4) != null) {
			// a decimal fraction of a second: ".45" is 450 ms, ".5" is 500 ms
			String digits = (m.group(4) + "00").substring(0, 3);
			millis = Long.parseLong(digits);
		}
		return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
	}

	/** Start offsets of each line, to turn a character offset into a 1-based line number. */
	static int[] lineStarts(String content) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			boolean crlf = c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n';
			if ((c == '\n' || c == '\r') && !crlf) {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	/** The 1-based line holding the character at {@code offset}. */
	static int lineAt(int[] lineStarts, int offset) {
		int found = Arrays.binarySearch(lineStarts, offset);
		return (found >= 0) ? found + 1 : -found - 1;
	}

}
