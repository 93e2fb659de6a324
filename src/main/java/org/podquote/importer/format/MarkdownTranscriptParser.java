package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.podquote.importer.format.ParsedTranscript.Segment;
import org.podquote.speaker.Voices;

/**
 * Speaker-labelled Markdown ({@code **Name:** text}, the Changelog convention) and plain text
 * ({@code Name: text}, {@code Name (00:12:03): text}). A label starts a turn; a paragraph without
 * one continues the turn (a new segment of the same speaker). A timestamp opening a paragraph is
 * its start time; timestamps elsewhere are removed.
 * <p>
 * Pseudo-speakers such as {@code Break} mark a part of the show, not a person: their text is
 * dropped, and a paragraph that follows a pseudo-speaker's turn without a label of its own is kept
 * with an unknown speaker, since nobody was named for it.
 */
class MarkdownTranscriptParser implements TranscriptParser {

	static final String MARKDOWN = "markdown";

	static final String TEXT = "text";

	static final Set<String> DEFAULT_PSEUDO_SPEAKERS = Voices.DEFAULT_NOT_PEOPLE;

	/** {@code **Name:**} or {@code __Name:__}: the colon inside the bold marks a label. */
	private static final Pattern BOLD_LABEL = Pattern
		.compile("^(?:\\*\\*([^*\\n]{1,80}?)\\s*:\\s*\\*\\*|__([^_\\n]{1,80}?)\\s*:\\s*__)");

	/** {@code **Name**:}, a label only for a name: "**Grain of salt**: ..." is emphasis. */
	private static final Pattern BOLD_THEN_COLON = Pattern
		.compile("^(?:\\*\\*([^*\\n]{1,80}?)\\*\\*|__([^_\\n]{1,80}?)__)\\s*:");

	private static final Pattern NAME_WITH_TIME = Pattern
		.compile("^(.+?)\\s*[(\\[](\\d{1,3}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,9})?)[)\\]]$");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");

	private static final Pattern QUOTE_OR_LIST = Pattern.compile("^>[>\\s]*|^(?:[-*+]|\\d{1,3}[.)])\\s+");

	/** Rules ({@code ---}, {@code * * *}) and code fences; checked on short lines only, as rules are short. */
	private static final Pattern RULE_OR_FENCE = Pattern.compile("^(?:([-*_])(?:\\s*\\1){2,}|```.*|~~~.*)$");

	private final String format;

	private final Set<String> pseudoSpeakers;

	MarkdownTranscriptParser(String format) {
		this(format, DEFAULT_PSEUDO_SPEAKERS);
	}

	/** @param pseudoSpeakers labels that are not people, matched ignoring case */
	MarkdownTranscriptParser(String format, Set<String> pseudoSpeakers) {
		this.format = format;
		this.pseudoSpeakers = pseudoSpeakers.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public String format() {
		return format;
	}

	@Override
	public boolean accepts(String fileName, String content) {
		if (format.equals(TEXT)) {
			return TranscriptType.TEXT.names(fileName) || plainLabelLines(TranscriptText.lines(content), 2) >= 2;
		}
		return TranscriptType.MARKDOWN.names(fileName) || hasBoldLabels(content);
	}

	static boolean hasBoldLabels(String content) {
		for (String line : TranscriptText.lines(content)) {
			if (boldLabel(BOLD_LABEL, line.strip()) != null) {
				return true;
			}
		}
		return false;
	}

	/** Lines with a plain label, counted up to {@code enough}. */
	static int plainLabelLines(String[] lines, int enough) {
		int count = 0;
		for (int i = 0; i < lines.length && count < enough; i++) {
			if (SpeakerLabels.of(lines[i].strip()) != null) {
				count++;
			}
		}
		return count;
	}

	@Override
	public ParsedTranscript parse(String sourceName, String content) throws TranscriptParseException {
		Reading reading = read(content);
		if (reading.segments().isEmpty()) {
			throw new TranscriptParseException(sourceName, 0, "the transcript has no speech"
					+ (reading.labels() > 0 ? ", only pseudo-speakers such as Break" : ""));
		}
		return new ParsedTranscript(format, reading.segments());
	}

	/** Segments and the number of speaker labels read, pseudo-speakers included. */
	record Reading(List<Segment> segments, int labels) {
	}

	Reading read(String content) {
		String[] lines = TranscriptText.lines(content);
		int first = frontMatterEnd(lines);
		boolean boldOnly = boldStyle(lines, first);
		Turns turns = new Turns();
		int labels = 0;
		for (int i = first; i < lines.length; i++) {
			String text = lines[i].strip();
			if (text.isEmpty() || (text.length() <= 200 && RULE_OR_FENCE.matcher(text).matches())) {
				turns.endParagraph();
				continue;
			}
			Matcher heading = HEADING.matcher(text);
			boolean isHeading = heading.lookingAt();
			if (isHeading) {
				text = text.substring(heading.end()).replaceFirst("\\s+#+$", "");
			}
			Matcher quoteOrList = QUOTE_OR_LIST.matcher(text);
			// "- **Term**: definition" and quotations are not turns
			boolean nested = quoteOrList.lookingAt();
			if (nested) {
				text = text.substring(quoteOrList.end());
			}
			SpeakerLabels.Label label = nested ? null : label(text, boldOnly);
			if (label != null) {
				labels++;
				turns.startTurn(label, isPseudo(label.name()), i + 1);
			}
			else if (isHeading) {
				turns.heading(text, i + 1);
			}
			else {
				turns.append(text, i + 1);
			}
		}
		turns.endParagraph();
		return new Reading(turns.segments, labels);
	}

	private SpeakerLabels.Label label(String line, boolean boldOnly) {
		SpeakerLabels.Label bold = boldLabel(line);
		if (bold != null || boldOnly) {
			return bold;
		}
		SpeakerLabels.Label plain = SpeakerLabels.candidate(line);
		if (plain != null && (isPseudo(plain.name()) || SpeakerLabels.plausibleName(plain.name()))) {
			return plain;
		}
		return null;
	}

	/**
	 * A bold label with the colon inside is deliberate, so any short run of words counts, not only
	 * plausible names ("Clip from Go Time #273"); with the colon after the bold it must be a name.
	 */
	private SpeakerLabels.Label boldLabel(String line) {
		SpeakerLabels.Label label = boldLabel(BOLD_LABEL, line);
		if (label == null) {
			label = boldLabel(BOLD_THEN_COLON, line);
			if (label != null && !isPseudo(label.name()) && !SpeakerLabels.plausibleName(label.name())
					&& !SpeakerLabels.plausibleHandle(label.name())) {
				return null;
			}
		}
		return label;
	}

	private static SpeakerLabels.Label boldLabel(Pattern pattern, String line) {
		Matcher m = pattern.matcher(line);
		if (!m.lookingAt()) {
			return null;
		}
		String name = ((m.group(1) != null) ? m.group(1) : m.group(2)).strip();
		Long startMs = null;
		Matcher timed = NAME_WITH_TIME.matcher(name);
		if (timed.matches()) {
			name = timed.group(1).strip();
			startMs = TranscriptText.clock(timed.group(2));
		}
		if (name.isEmpty() || name.split("\\s+").length > 10 || name.chars().noneMatch(Character::isLetter)) {
			return null;
		}
		return new SpeakerLabels.Label(name, startMs, line.substring(m.end()).strip());
	}

	private boolean isPseudo(String name) {
		return pseudoSpeakers.contains(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether the document labels its speakers in bold: then a plain "Word:" at the start of a
	 * line is ordinary speech ("So: ..."), not a label.
	 */
	private boolean boldStyle(String[] lines, int first) {
		int bold = 0;
		int plain = 0;
		for (int i = first; i < lines.length; i++) {
			String line = lines[i].strip();
			if (boldLabel(line) != null) {
				bold++;
			}
			else if (SpeakerLabels.of(line) != null) {
				plain++;
			}
		}
		return bold > 0 && bold >= plain;
	}

	/** The first line after YAML front matter ({@code ---} ... {@code ---}), or 0 without one. */
	private static int frontMatterEnd(String[] lines) {
		if (lines.length > 1 && lines[0].strip().equals("---")) {
			for (int i = 1; i < Math.min(lines.length, 100); i++) {
				String line = lines[i].strip();
				if (line.equals("---") || line.equals("...")) {
					return i + 1;
				}
			}
		}
		return 0;
	}

	/** Speaker turns made of paragraphs, collected into segments. */
	private static final class Turns {

		private final List<Segment> segments = new ArrayList<>();

		private String speaker;

		private boolean pseudo;

		private StringBuilder paragraph;

		private int line;

		private Long startMs;

		private boolean heading;

		void startTurn(SpeakerLabels.Label label, boolean isPseudo, int lineNumber) {
			endParagraph();
			speaker = label.name();
			pseudo = isPseudo;
			open(label.rest(), lineNumber, label.startMs(), false);
		}

		void heading(String text, int lineNumber) {
			endParagraph();
			open(text, lineNumber, null, true);
			endParagraph();
		}

		void append(String text, int lineNumber) {
			if (paragraph == null) {
				open(text, lineNumber, null, false);
			}
			else {
				paragraph.append(' ').append(text);
			}
		}

		private void open(String text, int lineNumber, Long labelTime, boolean isHeading) {
			paragraph = new StringBuilder(text);
			line = lineNumber;
			startMs = labelTime;
			heading = isHeading;
		}

		void endParagraph() {
			if (paragraph == null) {
				return;
			}
			String raw = paragraph.toString();
			paragraph = null;
			if (pseudo) {
				// the pseudo-speaker's own paragraph ends here; what follows unlabelled is nobody's we know
				pseudo = false;
				speaker = null;
				return;
			}
			Long start = (startMs != null) ? startMs : MarkdownText.leadingTime(raw);
			String text = MarkdownText.plain(raw);
			if (!text.isEmpty()) {
				segments.add(new Segment(speaker, text, start, null, line, heading));
			}
		}

	}

}
