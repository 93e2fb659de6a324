package org.podquote.importer;

import org.podquote.importer.format.ParsedTranscript;
import org.podquote.importer.format.TranscriptFormats;
import org.podquote.importer.format.TranscriptParseException;
import org.springframework.stereotype.Component;

/** Reads a transcript's bytes with the parser of its format, for {@link TranscriptImporter}. */
@Component
class TranscriptReader {

	private final TranscriptFormats formats;

	TranscriptReader(ImportProperties properties) {
		this.formats = new TranscriptFormats(properties.pseudoSpeakers());
	}

	/** The text of the bytes; bad encodings and binary data fail with the file's name and line. */
	String decode(String fileName, byte[] bytes) throws TranscriptParseException {
		return TranscriptFormats.decode(fileName, bytes);
	}

	/** The format of the content ({@link TranscriptFormats#SPEAKER_PAGE} for a captured page). */
	String detect(String fileName, String content) throws TranscriptParseException {
		return formats.detect(fileName, content);
	}

	ParsedTranscript parse(String format, String fileName, String content) throws TranscriptParseException {
		return formats.read(format, fileName, content);
	}

}
