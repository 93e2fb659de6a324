package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
		return parser.get().parse(fileName, content);
	}

	private List<TranscriptParser> parsers() {
		return List.of(json, vtt, srt, html, markdown, text);
	}

}
