package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.podquote.importer.format.ParsedTranscript.Segment;
import org.podquote.speaker.Voices;

/**
 * Speaker-labelled Markdown ({@code **Name:** text}, the Changelog convention) and plain text
 * ({@code Name: text}, {@code Name (00:12:03): text} and the other forms {@link SpeakerLabels}
 * reads). A label starts a turn; a paragraph without one continues the turn (a new segment of the
 * same speaker). A timestamp opening a line or paragraph is its start time; timestamps elsewhere
 * are removed. A time alone on a line ({@code (00:01:17):}, {@code 00:01:17}) is the start of
 * what follows, still the same speaker's.
 * <p>
 * Front matter and the header lines before the first label ({@code Title: …}, {@code Date: …},
 * a first {@code # Heading}) are the episode's {@link ParsedTranscript.Metadata}, never speech.
 * A paragraph that only credits the transcript ("Transcribed by https://otter.ai") has no speaker.
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

	/**
	 * {@code **Name**:}, {@code **Name** (00:12:03):} or {@code **Name** [00:12:03] text} (Descript),
	 * a label only for a name: "**Grain of salt**: ..." is emphasis. The time is group 3.
	 */
	private static final Pattern BOLD_THEN_COLON = Pattern
		.compile("^(?:\\*\\*([^*\\n]{1,80}?)\\*\\*|__([^_\\n]{1,80}?)__)\\s{0,3}(?:" + SpeakerLabels.STAMP
				+ "\\s{0,3}:?|:)");

	/** A header line such as {@code Title: …} or {@code **Date:** …}, bold marks taken off first. */
	private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z][A-Za-z _-]{0,30}?)\\s{0,2}:\\s*(\\S.*)$");

	private static final Pattern TITLE_HEADING = Pattern.compile("^#\\s+(.+?)(?:\\s+#+)?$");

	/** "Episode 12: The Title", "Ep. 12 - The Title", a header line that gives a number and a title. */
	private static final Pattern EPISODE_LINE = Pattern
		.compile("^(?:episode|ep\\.?)\\s{0,3}#?(\\d{1,6})\\s{0,3}[:\\-\u2013\u2014|.]\\s{0,3}(\\S.*)$",
				Pattern.CASE_INSENSITIVE);

	/** A first heading that names the document, not the episode. */
	private static final Pattern GENERIC_HEADING = Pattern.compile(
			"^(?:(?:full|episode|podcast|show)\\s+)?(?:transcript(?:ion)?s?|show\\s+notes|notes)$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Keys of header lines that are no episode fact we keep but no speech either, read before the
	 * first label only; "Host:" and "Guest:" are missing on purpose, as they also label speakers.
	 */
	private static final Set<String> OTHER_HEADER_KEYS = Set.of("recorded", "recordedon", "recordingdate",
			"location", "tags", "keywords", "category", "categories", "season", "show", "podcast", "series",
			"author", "authors", "language", "description", "summary", "subtitle", "guests", "hosts", "speakers",
			"participants", "panelists", "panel", "cast", "featuring", "producer", "producers", "editor",
			"transcriber", "transcribedby", "source", "slug", "layout", "draft", "image", "cover");

	static final String HEADER_LINES = "header lines";

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
		return new ParsedTranscript(format, reading.segments()).withMetadata(reading.metadata());
	}

	/** Segments, the number of speaker labels read (pseudo-speakers included), and the file's facts. */
	record Reading(List<Segment> segments, int labels, ParsedTranscript.Metadata metadata) {
	}

	Reading read(String content) {
		String[] lines = TranscriptText.lines(content);
		MetadataFields facts = new MetadataFields();
		int first = FrontMatter.read(lines, facts);
		boolean boldOnly = boldStyle(lines, first);
		Turns turns = new Turns();
		int labels = 0;
		boolean header = true;
		boolean firstContent = true;
		for (int i = first; i < lines.length; i++) {
			String text = lines[i].strip();
			if (text.isEmpty() || (text.length() <= 200 && RULE_OR_FENCE.matcher(text).matches())) {
				turns.endParagraph();
				continue;
			}
			if (header && headerLine(text, firstContent, boldOnly, facts)) {
				turns.endParagraph();
				firstContent = false;
				continue;
			}
			firstContent = false;
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
			Long timeMark = (nested || isHeading) ? null : SpeakerLabels.timeOnly(text);
			if (timeMark != null) {
				turns.timeMark(timeMark);
				continue;
			}
			SpeakerLabels.Label label = nested ? null : label(text, boldOnly);
			if (label != null) {
				labels++;
				header = false;
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
		return new Reading(turns.segments, labels, facts.build());
	}

	/**
	 * Reads a line before the first label as a header line: a known key ({@code Title: …},
	 * {@code **Date:** …}, {@code Episode: 12}) or, first of all, a {@code # Heading} that is the
	 * title. False for any other line, which is read as usual.
	 */
	private boolean headerLine(String text, boolean firstContent, boolean boldOnly, MetadataFields facts) {
		if (text.length() > 500) {
			return false;
		}
		Matcher title = TITLE_HEADING.matcher(text);
		if (firstContent && title.matches() && label(title.group(1), boldOnly) == null) {
			String heading = MarkdownText.plain(title.group(1));
			if (!GENERIC_HEADING.matcher(heading).matches()) {
				facts.put(MetadataFields.Field.TITLE, heading, HEADER_LINES);
				Matcher episode = EPISODE_LINE.matcher(heading);
				if (episode.matches()) {
					facts.put(MetadataFields.Field.NUMBER, episode.group(1), HEADER_LINES);
				}
			}
			return true;
		}
		String plain = text.replace("**", "").replace("__", "");
		Matcher episode = EPISODE_LINE.matcher(plain);
		if (episode.matches()) {
			facts.put(MetadataFields.Field.NUMBER, episode.group(1), HEADER_LINES);
			facts.put(MetadataFields.Field.TITLE, MarkdownText.plain(plain), HEADER_LINES);
			return true;
		}
		Matcher entry = HEADER_LINE.matcher(plain);
		if (!entry.matches()) {
			return false;
		}
		MetadataFields.Field field = MetadataFields.field(entry.group(1));
		// "Audio:" is a pseudo-speaker too: before the first label it is a fact only when it gives a URL
		if (isPseudo(entry.group(1).strip()) && !(field != null && MetadataFields.fits(field, entry.group(2)))) {
			return false;
		}
		if (field == null) {
			return OTHER_HEADER_KEYS.contains(entry.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
		}
		String value = entry.group(2);
		facts.put(field, (field == MetadataFields.Field.TITLE) ? MarkdownText.plain(value) : value, HEADER_LINES);
		return true;
	}

	private SpeakerLabels.Label label(String line, boolean boldOnly) {
		SpeakerLabels.Label label = firstLabel(line, boldOnly);
		// the name said again is a label in any form, even where labels are bold: it must match anyway
		return (label != null) ? SpeakerLabels.withoutRepeatedName(label, (rest) -> firstLabel(rest, false)) : null;
	}

	/** A bold label, else (unless the document labels in bold) a plain one that names someone. */
	private SpeakerLabels.Label firstLabel(String line, boolean boldOnly) {
		SpeakerLabels.Stamp leading = SpeakerLabels.leadingStamp(line);
		SpeakerLabels.Label bold = boldLabel((leading != null) ? leading.rest() : line);
		if (bold != null) {
			Long startMs = (bold.startMs() != null) ? bold.startMs() : (leading != null) ? leading.ms() : null;
			String rest = bold.rest();
			SpeakerLabels.Stamp after = SpeakerLabels.leadingStamp(rest);
			if (after != null) {
				startMs = (startMs != null) ? startMs : after.ms();
				rest = after.rest();
			}
			return new SpeakerLabels.Label(bold.name(), bold.role(), startMs, rest);
		}
		if (boldOnly) {
			return null;
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
		return boldLabel(line, this::isPseudo);
	}

	/** A bold label as {@link #boldLabel(String)} reads it; {@code alsoNames} are labels taken whatever they look like. */
	static SpeakerLabels.Label boldLabel(String line, Predicate<String> alsoNames) {
		SpeakerLabels.Label label = boldLabel(BOLD_LABEL, line);
		if (label == null) {
			label = boldLabel(BOLD_THEN_COLON, line);
			if (label != null && !alsoNames.test(label.name()) && !SpeakerLabels.plausibleName(label.name())
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
		SpeakerLabels.Name name = SpeakerLabels.splitName((m.group(1) != null) ? m.group(1) : m.group(2));
		Long startMs = name.startMs();
		if (startMs == null && m.groupCount() >= 3 && m.group(3) != null) {
			startMs = TranscriptText.clock(m.group(3));
		}
		String text = name.name();
		if (text.isEmpty() || text.split("\\s+").length > 10 || text.chars().noneMatch(Character::isLetter)) {
			return null;
		}
		return new SpeakerLabels.Label(text, name.role(), startMs, line.substring(m.end()).strip());
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

	/** Speaker turns made of paragraphs, collected into segments. */
	private static final class Turns {

		private final List<Segment> segments = new ArrayList<>();

		private String speaker;

		private String role;

		private boolean pseudo;

		private StringBuilder paragraph;

		private int line;

		private Long startMs;

		/** A time read on a line of its own or on a label without text, for the next paragraph. */
		private Long pendingMs;

		/** The pending time came with a label without text: it is that speaker's, not the next one's. */
		private boolean pendingOfTurn;

		private boolean heading;

		void startTurn(SpeakerLabels.Label label, boolean isPseudo, int lineNumber) {
			endParagraph();
			if (pendingOfTurn) {
				pendingMs = null;
			}
			speaker = label.name();
			role = label.role();
			pseudo = isPseudo;
			open(label.rest(), lineNumber, label.startMs(), false);
		}

		void heading(String text, int lineNumber) {
			endParagraph();
			open(text, lineNumber, null, true);
			endParagraph();
		}

		/** A time alone on a line: what follows starts then, and is still the current speaker's. */
		void timeMark(long ms) {
			endParagraph();
			pendingMs = ms;
			pendingOfTurn = false;
		}

		void append(String text, int lineNumber) {
			if (paragraph == null) {
				open(text, lineNumber, null, false);
			}
			else if (!paragraph.toString().isBlank() && SpeakerLabels.leadingStamp(text) != null) {
				// a line that opens with its own time starts a passage of its own
				endParagraph();
				open(text, lineNumber, null, false);
			}
			else {
				paragraph.append(' ').append(text);
			}
		}

		private void open(String text, int lineNumber, Long labelTime, boolean isHeading) {
			paragraph = new StringBuilder(text);
			line = lineNumber;
			startMs = (labelTime != null) ? labelTime : pendingMs;
			pendingMs = null;
			heading = isHeading;
		}

		void endParagraph() {
			if (paragraph == null) {
				return;
			}
			String raw = paragraph.toString().strip();
			paragraph = null;
			if (pseudo) {
				// the pseudo-speaker's own paragraph ends here; what follows unlabelled is nobody's we know
				pseudo = false;
				speaker = null;
				role = null;
				return;
			}
			Long start = startMs;
			SpeakerLabels.Stamp leading = SpeakerLabels.leadingStamp(raw);
			if (leading != null) {
				start = (start != null) ? start : leading.ms();
				raw = leading.rest();
			}
			String text = MarkdownText.plain(raw);
			if (text.isEmpty()) {
				// "Speaker 1 (00:00:52):" on a line of its own: its time is that of the text below
				if (start != null && pendingMs == null) {
					pendingMs = start;
					pendingOfTurn = true;
				}
				return;
			}
			boolean credit = !heading && Boilerplate.isCredit(text);
			segments.add(new Segment(credit ? null : speaker, text, start, null, line, heading, role));
		}

	}

}
