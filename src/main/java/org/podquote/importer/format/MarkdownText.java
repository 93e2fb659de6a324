package org.podquote.importer.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown inline markup to plain text: links and images become their text, emphasis and code
 * marks go, backslash escapes are undone, and inline timestamps ({@code \[04:22\]},
 * {@code [01:02:03.45]}) are removed because they are not speech.
 */
final class MarkdownText {

	/** A timestamp or time range in brackets, escaped or not, that is not the text of a link. */
	private static final Pattern TIMESTAMP = Pattern.compile("\\\\?\\[(" + SpeakerLabels.CLOCK + ")(?:\\s?(?:-->|->|-|\u2013)\\s?"
			+ SpeakerLabels.CLOCK + ")?\\\\?\\](?!\\()");

	/** A backslash before any ASCII punctuation, as CommonMark has it. */
	private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

	// every repetition below is bounded and stops at the characters that could end it, so that a
	// megabyte of "**a " or "[" takes linear time instead of scanning to the end of the line each time

	private static final Pattern IMAGE = Pattern.compile("!\\[([^\\[\\]\\n]{0,300})\\]\\([^()\\[\\]\\s]{0,1000}\\)");

	private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,300})\\]"
			+ "(?:\\([^()\\[\\]\\s]{0,1000}(?:\\s{1,5}\"[^\"\\n]{0,300}\")?\\)|\\[[^\\[\\]\\n]{0,100}\\])");

	private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^<>\\s]{1,1000})>");

	private static final Pattern CODE = Pattern.compile("`{1,3}([^`\\n]{1,300})`{1,3}");

	/** Not inside words, so that a censored "s**t" stays as spoken. */
	private static final Pattern STRONG = Pattern
		.compile("(?<![\\w*])\\*\\*(?=[^\\s*])([^*\\n]{1,300}?)(?<=\\S)\\*\\*(?![\\w*])"
				+ "|(?<!\\w)__(?=[^\\s_])([^_\\n]{1,300}?)(?<=\\S)__(?!\\w)|~~([^~\\n]{1,300}?)~~");

	private static final Pattern EMPHASIS = Pattern
		.compile("(?<![\\w*])\\*(?=[^\\s*])([^*\\n]{1,300}?)(?<=\\S)\\*(?![\\w*])"
				+ "|(?<![\\w_])_(?=[^\\s_])([^_\\n]{1,300}?)(?<=\\S)_(?![\\w_])");

	/** Escaped characters are parked in the private use area while markup is removed. */
	private static final char PARKED = '\uE000';

	private MarkdownText() {
	}

	/** The text with its bracketed timestamps ({@code [04:22]}, {@code \[00:04:10.15\]}) removed. */
	static String withoutTimestamps(String text) {
		return (text.indexOf('[') >= 0) ? TranscriptText.collapse(TIMESTAMP.matcher(text).replaceAll(" ")) : text;
	}

	/** Plain text of one paragraph of Markdown. */
	static String plain(String markdown) {
		// each step only runs when its marker is there: most paragraphs are plain prose
		String text = markdown;
		if (text.indexOf('[') >= 0) {
			text = TIMESTAMP.matcher(text).replaceAll(" ");
		}
		boolean parked = text.indexOf('\\') >= 0;
		if (parked) {
			text = park(text);
		}
		if (text.indexOf('[') >= 0) {
			text = IMAGE.matcher(text).replaceAll("$1");
			text = LINK.matcher(text).replaceAll("$1");
		}
		if (text.indexOf('<') >= 0) {
			text = AUTOLINK.matcher(text).replaceAll("$1");
			text = TranscriptText.stripTags(text);
		}
		if (text.indexOf('`') >= 0) {
			text = CODE.matcher(text).replaceAll("$1");
		}
		if (text.indexOf('*') >= 0 || text.indexOf('_') >= 0 || text.indexOf('~') >= 0) {
			// strong again after emphasis for "**bold *and italic* text**"
			text = unwrap(STRONG, unwrap(EMPHASIS, unwrap(STRONG, text)));
		}
		text = TranscriptText.decodeEntities(text);
		return TranscriptText.collapse(parked ? unpark(text) : text);
	}

	private static String park(String text) {
		Matcher m = ESCAPE.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (m.find()) {
			m.appendReplacement(out, "");
			out.append((char) (PARKED + m.group(1).charAt(0)));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String unpark(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append((c >= PARKED && c < PARKED + 128) ? (char) (c - PARKED) : c);
		}
		return out.toString();
	}

	/** Replaces each match by whichever group matched. */
	private static String unwrap(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (m.find()) {
			String inner = null;
			for (int g = 1; g <= m.groupCount() && inner == null; g++) {
				inner = m.group(g);
			}
			m.appendReplacement(out, Matcher.quoteReplacement(inner));
		}
		m.appendTail(out);
		return out.toString();
	}

}
