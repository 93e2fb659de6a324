package org.podquote.importer.feed;

/**
 * A URL that could not be fetched. The message is written for the user who gave the URL; the
 * cause, when there is one, is for the log.
 */
public class FetchException extends Exception {

	private final String url;

	public FetchException(String url, String message) {
		super(message);
		this.url = url;
	}

	public FetchException(String url, String message, Throwable cause) {
		super(message, cause);
		this.url = url;
	}

	public String getUrl() {
		return url;
	}

	/** The form users see in import reports: {@code url: message}. */
	public String describe() {
		return url + ": " + getMessage();
	}

}
