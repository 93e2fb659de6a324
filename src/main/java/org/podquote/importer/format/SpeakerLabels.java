package org.podquote.importer.format;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker labels at the start of a line: {@code Name:}, {@code [Name]:} and
 * {@code Name (00:12:03):}, and the judgement whether the label is a name or just a sentence with
 * a colon in it ({@code So: ...}, {@code Note: ...}, {@code https://...}, {@code 10:30}).
 */
final class SpeakerLabels {

	/** What a label says: the name as written, its time when it has one, and the text after it. */
	record Label(String name, Long startMs, String rest) {
	}

	// bounded repetitions only, so that a long line without a colon costs little
	private static final Pattern LABEL = Pattern.compile("^(?:\\[([^\\]\\n]{1,60})\\]|([^:\\[\\]\\n(]{1,60}?))\\s{0,3}"
			+ "(?:[(\\[](\\d{1,3}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,9})?)[)\\]])?\\s{0,3}:(?=\\s|$)");

	private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}\\p{N}'\u2019.\\-]*");

	private static final Pattern WHITE = Pattern.compile("\\s+");

	private static final Pattern HANDLE = Pattern.compile("\\p{L}[\\p{L}\\p{N}_.\\-]{1,39}");

	/** Lower-case words that may sit inside a name: "Ludwig van Beethoven", "Bill and Ted". */
	private static final Set<String> CONNECTORS = Set.of("van", "von", "der", "den", "de", "da", "di", "du", "del",
			"della", "la", "le", "bin", "al", "el", "y", "and", "of", "the");

	/**
	 * Capitalised words that start sentences or field labels far more often than they name
	 * anyone, so that "So: ...", "Update: ..." or "Time: 10:30" is not taken for a speaker. "A" and
	 * "I" are missing on purpose: "Q:", "A:" and "I:" label interviews.
	 */
	private static final Set<String> NOT_NAMES = Set.of("an", "the", "and", "but", "or", "so", "yes", "no",
			"well", "now", "then", "also", "however", "anyway", "okay", "ok", "here", "there", "this", "that",
			"these", "those", "it", "we", "you", "he", "she", "they", "my", "our", "your", "his", "her",
			"their", "what", "why", "how", "when", "where", "who", "which", "if", "in", "on", "at", "for", "to",
			"with", "from", "by", "as", "remember", "example", "e.g.", "i.e.", "ps", "p.s.", "step", "tip",
			"warning", "caution", "update", "edit", "important", "source", "sources", "link", "links", "url",
			"website", "email", "tags", "date", "time", "title", "episode", "summary", "result", "results",
			"reason", "problem", "solution", "hint", "chapter", "part", "section", "rule", "fact", "bonus",
			"definition", "translation", "http", "https", "re", "subject", "answer", "question", "note",
			"disclaimer", "transcript", "correction", "recorded", "published", "duration", "location", "monday",
			"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

	private SpeakerLabels() {
	}

	/**
	 * The label at the start of a line of plain text, without judging the name; null when the line
	 * does not start with one.
	 */
	static Label candidate(String line) {
		Matcher m = LABEL.matcher(line);
		if (!m.lookingAt()) {
			return null;
		}
		String name = (m.group(1) != null) ? m.group(1) : m.group(2);
		Long startMs = (m.group(3) != null) ? TranscriptText.clock(m.group(3)) : null;
		return new Label(name.strip(), startMs, line.substring(m.end()).strip());
	}

	/** The label at the start of the line when it names someone plausibly, else null. */
	static Label of(String line) {
		Label label = candidate(line);
		return (label != null && plausibleName(label.name())) ? label : null;
	}

	/** One to five capitalised words (lower-case particles inside allowed), not a sentence opener. */
	static boolean plausibleName(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			return false;
		}
		String[] words = WHITE.split(stripped);
		if (words.length > 5 || NOT_NAMES.contains(words[0].toLowerCase(Locale.ROOT))) {
			return false;
		}
		for (int i = 0; i < words.length; i++) {
			boolean inner = i > 0 && i < words.length - 1;
			if (!(inner && CONNECTORS.contains(words[i])) && !NAME_WORD.matcher(words[i]).matches()) {
				return false;
			}
		}
		return true;
	}

	/** A single user-name-like word such as {@code conejoninja}, for labels that are clearly labels. */
	static boolean plausibleHandle(String name) {
		return HANDLE.matcher(name).matches() && !NOT_NAMES.contains(name.toLowerCase(Locale.ROOT));
	}

}
