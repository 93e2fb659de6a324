package org.podquote.system;

import java.text.Normalizer;

/**
 * What text from outside (files, feeds, forms) loses before it is stored: characters that show
 * nothing but change what a name is, and controls that belong in no title or quote. Names and
 * titles are composed (NFC), lose their zero-width and control characters and have their spacing
 * collapsed, so that "Ada\u200BLovelace", "Ada\u00A0Lovelace" and " Ada  Lovelace " are one
 * name; text keeps its words and only loses the controls.
 */
public final class CleanText {

	private CleanText() {
	}

	/**
	 * A name or title as it is stored and compared: NFC; zero-width space, no-break spaces and
	 * every other space or line break a single space; zero-width (non-)joiners, word joiner,
	 * byte-order mark, soft hyphen, direction marks, bidi controls and all control characters
	 * gone; trimmed.
	 */
	public static String name(String text) {
		if (text == null) {
			return null;
		}
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(composed.length());
		boolean space = false;
		for (int i = 0; i < composed.length();) {
			int c = composed.codePointAt(i);
			i += Character.charCount(c);
			if (c == 0x200B || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = out.length() > 0;
				continue;
			}
			if (invisible(c)) {
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.appendCodePoint(c);
		}
		return out.toString();
	}

	/**
	 * Running text (a quote, a description) without NUL and the other C0 and C1 controls; tab and
	 * line breaks stay, as does everything else.
	 */
	public static String text(String text) {
		if (text == null) {
			return null;
		}
		int i = 0;
		while (i < text.length() && !control(text.charAt(i))) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!control(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * The first bidirectional embedding, override or isolate (U+202A..U+202E, U+2066..U+2069) in
	 * the text, which can make a name show as another; -1 when there is none.
	 */
	public static int bidiControl(String text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			if (isBidiControl(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** {@code U+202E} for a character, as a report names it. */
	public static String codePoint(int c) {
		return String.format("U+%04X", c);
	}

	static boolean isBidiControl(int c) {
		return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

	/** Controls and the format characters that show nothing: joiners, marks, BOM, soft hyphen, bidi controls. */
	private static boolean invisible(int c) {
		return Character.getType(c) == Character.CONTROL || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F
				|| c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x061C || isBidiControl(c);
	}

	private static boolean control(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

}
