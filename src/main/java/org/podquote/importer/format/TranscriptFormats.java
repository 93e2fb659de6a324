package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.podquote.system.CleanText;

/**
 * The transcript formats we read, and which one a file is in. The content decides first (a
 * {@code .txt} that starts with {@code WEBVTT} is WebVTT); the file name only when the content
 * has no tell-tale sign, so that a damaged {@code .vtt} gets the WebVTT parser's error with a line
 * rather than "unknown format".
 */
public final class TranscriptFormats {

	/** The captured speaker page of the seed: many episodes' quotes, read by {@link SpeakerPageParser}. */
	public static final String SPEAKER_PAGE = SpeakerPageParser.FORMAT;

	public static final Set<String> DEFAULT_PSEUDO_SPEAKERS = MarkdownTranscriptParser.DEFAULT_PSEUDO_SPEAKERS;

	private final JsonTranscriptParser json = new JsonTranscriptParser();

	private final VttTranscriptParser vtt = new VttTranscriptParser();

	private final SrtTranscriptParser srt = new SrtTranscriptParser();

	private final HtmlTranscriptParser html = new HtmlTranscriptParser();

	private final MarkdownTranscriptParser markdown;

	private final MarkdownTranscriptParser text;

	private final SpeakerPageParser speakerPages = new SpeakerPageParser();

	public TranscriptFormats() {
		this(DEFAULT_PSEUDO_SPEAKERS);
	}

	/** @param pseudoSpeakers labels in Markdown and text that are not people, such as {@code Break} */
	public TranscriptFormats(Set<String> pseudoSpeakers) {
		this.markdown = new MarkdownTranscriptParser(MarkdownTranscriptParser.MARKDOWN, pseudoSpeakers);
		this.text = new MarkdownTranscriptParser(MarkdownTranscriptParser.TEXT, pseudoSpeakers);
	}

	/**
	 * The text of a file: strict UTF-8 with a byte-order mark dropped (UTF-16 with a byte-order
	 * mark is read too). Fails, only ever with a {@link TranscriptParseException}, for an empty
	 * file, binary data, another encoding or a line longer than 1 MB.
	 */
	public static String decode(String source, byte[] bytes) throws TranscriptParseException {
		return TranscriptBytes.decode(source, bytes);
	}

	/** The names of all formats, the speaker page last. */
	public List<String> formats() {
		List<String> names = new ArrayList<>();
		parsers().forEach((parser) -> names.add(parser.format()));
		names.add(SPEAKER_PAGE);
		return names;
	}

	/** The parser of a transcript format; empty for unknown names and for the speaker page. */
	public Optional<TranscriptParser> parser(String format) {
		return parsers().stream().filter((parser) -> parser.format().equals(format)).findFirst();
	}

	/** The format of a file, told from its content and then its name. */
	public String detect(String fileName, String content) throws TranscriptParseException {
		String name = (fileName != null) ? fileName : "";
		if (content == null || content.isBlank() || content.strip().equals("\uFEFF")) {
			throw new TranscriptParseException(name, 0, "the file is empty");
		}
		if (JsonTranscriptParser.sniff(content)) {
			return json.format();
		}
		if (VttTranscriptParser.sniff(content)) {
			return vtt.format();
		}
		if (SrtTranscriptParser.sniff(content)
				|| (SrtTranscriptParser.sniffUnnumbered(content) && !TranscriptType.VTT.names(name))) {
			return srt.format();
		}
		if (speakerPages.accepts(content)) {
			return SPEAKER_PAGE;
		}
		if (HtmlTranscriptParser.sniff(content)) {
			return html.format();
		}
		boolean textName = TranscriptType.TEXT.names(name);
		if (MarkdownTranscriptParser.hasBoldLabels(content)) {
			return textName ? text.format() : markdown.format();
		}
		if (text.accepts("", content)) {
			return TranscriptType.MARKDOWN.names(name) ? markdown.format() : text.format();
		}
		for (TranscriptParser parser : parsers()) {
			if (parser.accepts(name, "")) {
				return parser.format();
			}
		}
		throw new TranscriptParseException(name, 0,
				"not a transcript in a known format; known formats: " + String.join(", ", formats()));
	}

	/**
	 * Decodes, detects and parses an episode transcript. A captured speaker page is refused here:
	 * it holds quotes of many episodes and is read with {@link SpeakerPageParser}.
	 */
	public ParsedTranscript parse(String fileName, byte[] bytes) throws TranscriptParseException {
		String content = decode(fileName, bytes);
		String format = detect(fileName, content);
		Optional<TranscriptParser> parser = parser(format);
		if (parser.isEmpty()) {
			throw new TranscriptParseException(fileName, 0,
					"this is a captured speaker page, not an episode transcript; import it as a speaker page");
		}
		return checked(fileName, parser.get().parse(fileName, content));
	}

	/**
	 * Parses content of a known transcript format ({@link #detect}) and checks what any parser
	 * read: see {@link #checked}.
	 */
	public ParsedTranscript read(String format, String fileName, String content) throws TranscriptParseException {
		TranscriptParser parser = parser(format)
			.orElseThrow(() -> new TranscriptParseException(fileName, 0, "no parser reads the format " + format));
		return checked(fileName, parser.parse(fileName, content));
	}

	/**
	 * What every format must give, whatever its parser reads: no segment with a negative time or
	 * one that ends before it starts (the file fails at its line), and no control character in a
	 * quote, a label or a title (NUL and the other C0 and C1 controls are removed: a JSON
	 * {@code \u0000} or an HTML {@code &#1;} gets past the decoder).
	 */
	static ParsedTranscript checked(String fileName, ParsedTranscript parsed) throws TranscriptParseException {
		List<ParsedTranscript.Segment> segments = new ArrayList<>(parsed.segments().size());
		for (ParsedTranscript.Segment segment : parsed.segments()) {
			Long start = segment.startMs();
			Long end = segment.endMs();
			if ((start != null && start < 0) || (end != null && end < 0)) {
				throw new TranscriptParseException(fileName, segment.line(), "a negative time ("
						+ CueBlocks.clock(start != null && start < 0 ? start : end) + "); times count from 0");
			}
			if (start != null && end != null && end < start) {
				throw new TranscriptParseException(fileName, segment.line(), "the passage ends (" + CueBlocks.clock(end)
						+ ") before it starts (" + CueBlocks.clock(start) + ")");
			}
			// an override makes a quote show other words than it holds ("Jane:" written backwards)
			String text = CleanText.text(segment.text()).replace("\u202D", "").replace("\u202E", "");
			if (text.isBlank()) {
				continue;
			}
			String speaker = segment.speaker() == null ? null : CleanText.text(segment.speaker());
			segments.add(new ParsedTranscript.Segment(speaker, text, start, end, segment.line(), segment.heading(),
					segment.role()));
		}
		if (segments.isEmpty()) {
			throw new TranscriptParseException(fileName, 0, "no text to quote once control characters are removed");
		}
		ParsedTranscript.Metadata m = parsed.metadata();
		ParsedTranscript.Metadata metadata = m.title() == null ? m
				: new ParsedTranscript.Metadata(CleanText.text(m.title()), m.publishedOn(), m.duration(), m.audioUrl(),
						m.link(), m.number(), m.origin(), m.warnings());
		return new ParsedTranscript(parsed.format(), segments, parsed.passages(), metadata);
	}

	private List<TranscriptParser> parsers() {
		return List.of(json, vtt, srt, html, markdown, text);
	}

}
