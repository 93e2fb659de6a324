package org.podquote.importer.format;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one table from file extensions and MIME types to the transcript formats we read, richest
 * first: speaker names and times, then times, then markup, then bare text. Folder walks, feed
 * transcripts and the parsers' own file-name checks all read it, so a new extension is added
 * here once.
 */
public enum TranscriptType {

	JSON(JsonTranscriptParser.FORMAT, List.of("application/json"), List.of("json")),

	VTT(VttTranscriptParser.FORMAT, List.of("text/vtt"), List.of("vtt")),

	SRT(SrtTranscriptParser.FORMAT, List.of("application/x-subrip", "application/srt", "text/srt"), List.of("srt")),

	HTML(HtmlTranscriptParser.FORMAT, List.of("text/html"), List.of("html", "htm")),

	// no MIME type: feeds announce Markdown transcripts, if ever, as text/plain
	MARKDOWN(MarkdownTranscriptParser.MARKDOWN, List.of(), List.of("md", "markdown")),

	TEXT(MarkdownTranscriptParser.TEXT, List.of("text/plain"), List.of("txt"));

	private final String format;

	private final List<String> mimeTypes;

	private final List<String> extensions;

	TranscriptType(String format, List<String> mimeTypes, List<String> extensions) {
		this.format = format;
		this.mimeTypes = mimeTypes;
		this.extensions = extensions;
	}

	/** The parser's format name, as {@link TranscriptParser#format()} gives it. */
	public String format() {
		return format;
	}

	/** The MIME type a feed gives this format under, or null when none is registered. */
	public String mimeType() {
		return mimeTypes.isEmpty() ? null : mimeTypes.get(0);
	}

	/** The usual file extension, without the dot. */
	public String extension() {
		return extensions.get(0);
	}

	/** The type a lower-case MIME type without parameters names. */
	public static Optional<TranscriptType> ofMimeType(String mimeType) {
		for (TranscriptType type : values()) {
			if (type.mimeTypes.contains(mimeType)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** The type a file name (or a URL's path) tells by its extension. */
	public static Optional<TranscriptType> ofFileName(String name) {
		String extension = extension(name);
		for (TranscriptType type : values()) {
			if (type.extensions.contains(extension)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** The type of a parser's format name. */
	public static Optional<TranscriptType> ofFormat(String format) {
		for (TranscriptType type : values()) {
			if (type.format.equals(format)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** Whether the name ends in this type's extension. */
	public boolean names(String fileName) {
		return extensions.contains(extension(fileName));
	}

	/** The extension of a file name in lower case, without the dot; empty when it has none. */
	public static String extension(String name) {
		String path = name.replaceFirst("[?#].*$", "");
		int slash = path.lastIndexOf('/');
		int dot = path.lastIndexOf('.');
		return dot <= slash ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** A file name without its extension. */
	public static String baseName(String name) {
		int dot = name.lastIndexOf('.');
		return dot <= 0 ? name : name.substring(0, dot);
	}

}
