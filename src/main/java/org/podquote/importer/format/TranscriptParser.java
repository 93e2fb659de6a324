package org.podquote.importer.format;

/**
 * Reads one transcript format into speaker-labelled segments. Parsers are pure: no I/O, no
 * database; the importer decides what is stored.
 */
public interface TranscriptParser {

	/** Short name of the format, e.g. {@code json}, {@code vtt}, {@code markdown}. */
	String format();

	/** Whether this parser recognises the content, told from its file name and its text. */
	boolean accepts(String fileName, String content);

	/**
	 * Parses the whole content, or fails with the line of the first problem; a transcript with
	 * no speech at all is an error too.
	 */
	ParsedTranscript parse(String sourceName, String content) throws TranscriptParseException;

}
