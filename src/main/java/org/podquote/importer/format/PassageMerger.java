package org.podquote.importer.format;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.podquote.importer.format.ParsedTranscript.Segment;

/**
 * Joins the tiny cues of timed formats into passages a reader can quote and a phrase search can
 * find across cue boundaries, and cuts very long turns into pieces of a searchable size.
 * <p>
 * Consecutive segments of one speaker are joined until the passage is long enough (a third of
 * the caps) and ends a sentence, or until the next cue would break a cap (about 800 characters or
 * a minute); at a cap the passage is cut after its last cue that ends a sentence, if any. A
 * passage keeps the first cue's start, the last cue's end and the first cue's line. Passages
 * never cross a change of speaker or a heading; unknown voices (no speaker) count as one
 * speaker. A segment longer than the character cap is split at sentence ends (at a space when a
 * sentence is longer than the cap); its start time stays on the first piece and its end time on
 * the last, because the times in between are not known.
 */
public final class PassageMerger {

	public static final int DEFAULT_MAX_CHARS = 800;

	public static final Duration DEFAULT_MAX_DURATION = Duration.ofSeconds(60);

	/** Words whose full stop does not end a sentence. */
	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "prof",
			"e.g", "i.e", "etc", "inc");

	/** Quotes and brackets that may follow the full stop of a sentence. */
	private static final String CLOSERS = "\"'\u201D\u2019)]";

	private final int maxChars;

	private final long maxMs;

	public PassageMerger() {
		this(DEFAULT_MAX_CHARS, DEFAULT_MAX_DURATION);
	}

	public PassageMerger(int maxChars, Duration maxDuration) {
		if (maxChars < 20 || maxDuration.isNegative() || maxDuration.isZero()) {
			throw new IllegalArgumentException("caps too small: " + maxChars + " characters, " + maxDuration);
		}
		this.maxChars = maxChars;
		this.maxMs = maxDuration.toMillis();
	}

	public List<Segment> merge(List<Segment> segments) {
		List<Segment> passages = new ArrayList<>();
		List<Segment> pending = new ArrayList<>();
		for (Segment segment : splitLong(segments)) {
			if (segment.heading()) {
				flush(pending, pending.size(), passages);
				passages.add(segment);
				continue;
			}
			if (!pending.isEmpty() && !Objects.equals(pending.get(0).speaker(), segment.speaker())) {
				flush(pending, pending.size(), passages);
			}
			if (!pending.isEmpty() && longEnough(pending) && endsSentence(last(pending).text())) {
				flush(pending, pending.size(), passages);
			}
			if (!pending.isEmpty() && exceedsCap(pending, segment)) {
				flush(pending, lastSentenceEnd(pending) + 1, passages);
				if (!pending.isEmpty() && exceedsCap(pending, segment)) {
					flush(pending, pending.size(), passages);
				}
			}
			pending.add(segment);
		}
		flush(pending, pending.size(), passages);
		return passages;
	}

	private boolean longEnough(List<Segment> pending) {
		Long span = span(pending.get(0), last(pending));
		return joinedLength(pending) >= maxChars / 3 || (span != null && span >= maxMs / 3);
	}

	private boolean exceedsCap(List<Segment> pending, Segment next) {
		Long span = span(pending.get(0), next);
		return joinedLength(pending) + 1 + next.text().length() > maxChars || (span != null && span > maxMs);
	}

	/** Milliseconds from the start of the first to the end (or start) of the last, when both are known. */
	private static Long span(Segment first, Segment last) {
		Long end = (last.endMs() != null) ? last.endMs() : last.startMs();
		return (first.startMs() == null || end == null) ? null : end - first.startMs();
	}

	private static int joinedLength(List<Segment> pending) {
		int length = pending.size() - 1;
		for (Segment segment : pending) {
			length += segment.text().length();
		}
		return length;
	}

	/** The index of the last pending segment that ends a sentence, or the last index when none does. */
	private static int lastSentenceEnd(List<Segment> pending) {
		for (int i = pending.size() - 1; i >= 0; i--) {
			if (endsSentence(pending.get(i).text())) {
				return i;
			}
		}
		return pending.size() - 1;
	}

	/** Moves the first {@code count} pending segments into one passage. */
	private static void flush(List<Segment> pending, int count, List<Segment> passages) {
		if (count == 0) {
			return;
		}
		List<Segment> taken = pending.subList(0, count);
		Segment first = taken.get(0);
		Segment last = taken.get(taken.size() - 1);
		StringBuilder text = new StringBuilder(first.text());
		for (Segment segment : taken.subList(1, taken.size())) {
			if (!startsWithClosingPunctuation(segment.text())) {
				text.append(' ');
			}
			text.append(segment.text());
		}
		passages.add(new Segment(first.speaker(), text.toString(), first.startMs(), last.endMs(), first.line(),
				false, roleOf(taken)));
		taken.clear();
	}

	/** The role a label among the joined segments gave; they all have one speaker. */
	private static String roleOf(List<Segment> taken) {
		for (Segment segment : taken) {
			if (segment.role() != null) {
				return segment.role();
			}
		}
		return null;
	}

	/** Word-level cues give "father" and "." or "," separately; those attach without a space. */
	private static boolean startsWithClosingPunctuation(String text) {
		return !text.isEmpty() && ",.;:!?%)]}\u2026".indexOf(text.charAt(0)) >= 0;
	}

	private List<Segment> splitLong(List<Segment> segments) {
		List<Segment> out = new ArrayList<>(segments.size());
		for (Segment segment : segments) {
			String text = segment.text();
			if (text.length() <= maxChars) {
				out.add(segment);
				continue;
			}
			int from = 0;
			while (from < text.length()) {
				int cut = (text.length() - from <= maxChars) ? text.length() : cutPoint(text, from);
				String piece = text.substring(from, cut).strip();
				boolean first = from == 0;
				from = skipSpaces(text, cut);
				boolean last = from >= text.length();
				out.add(new Segment(segment.speaker(), piece, first ? segment.startMs() : null,
						last ? segment.endMs() : null, segment.line(), segment.heading(), segment.role()));
			}
		}
		return out;
	}

	private static int skipSpaces(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * Where to cut the text from {@code from} when the rest is longer than the cap: after its last
	 * sentence end within the cap, else at a space, else anywhere.
	 */
	private int cutPoint(String text, int from) {
		int limit = from + maxChars;
		int sentence = -1;
		for (int i = from; i < limit; i++) {
			if (isSentenceEnd(text, i)) {
				int end = i + 1;
				while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				if (end <= limit && (end == text.length() || Character.isWhitespace(text.charAt(end)))) {
					sentence = end;
				}
			}
		}
		if (sentence > from) {
			return sentence;
		}
		int space = text.lastIndexOf(' ', limit);
		if (space > from) {
			return space;
		}
		return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
	}

	static boolean endsSentence(String text) {
		int i = text.length() - 1;
		while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
			i--;
		}
		return i >= 0 && isSentenceEnd(text, i);
	}

	/** Whether the character at {@code i} ends a sentence: ".", "!", "?" or "…", not "Dr." or "e.g.". */
	private static boolean isSentenceEnd(String text, int i) {
		char c = text.charAt(i);
		if (c == '!' || c == '?' || c == '\u2026') {
			return true;
		}
		if (c != '.') {
			return false;
		}
		// abbreviations are short, so only a few characters are looked at
		int start = i;
		while (start > 0 && i - start < 5 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		boolean wholeWord = start == 0 || Character.isWhitespace(text.charAt(start - 1));
		String word = text.substring(start, i).toLowerCase(Locale.ROOT);
		boolean initial = word.length() == 1 && Character.isLetter(word.charAt(0));
		return !(wholeWord && (initial || ABBREVIATIONS.contains(word)));
	}

	private static Segment last(List<Segment> pending) {
		return pending.get(pending.size() - 1);
	}

}
