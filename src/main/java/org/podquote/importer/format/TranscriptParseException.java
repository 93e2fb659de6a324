package org.podquote.importer.format;

/** A source that cannot be read, with where: {@code source:line: message}. */
public class TranscriptParseException extends Exception {

	private final String source;

	private final int line;

	public TranscriptParseException(String source, int line, String message) {
		super(message);
		this.source = source;
		this.line = line;
	}

	public String getSource() {
		return source;
	}

	/** 1-based line of the problem, or 0 when it concerns the whole source. */
	public int getLine() {
		return line;
	}

	/** The form users see in import reports: {@code file:line: message}. */
	public String describe() {
		return line > 0 ? source + ":" + line + ": " + getMessage() : source + ": " + getMessage();
	}

}
