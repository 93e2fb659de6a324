package org.podquote.importer.feed;

/**
 * A URL that could not be fetched. The message is written for the user who gave the URL; the
 * cause, when there is one, is for the log.
 */
public class FetchException extends Exception {

	private final String url;

	private final boolean refused;

	public FetchException(String url, String message) {
		this(url, message, false);
	}

	private FetchException(String url, String message, boolean refused) {
		super(message);
		this.url = url;
		this.refused = refused;
	}

	/**
	 * A URL the network rules do not let anyone fetch (an address of this machine or its network, a
	 * scheme other than http and https), as opposed to one that failed: what a hostile feed names.
	 */
	static FetchException refused(String url, String message) {
		return new FetchException(url, message, true);
	}

	public FetchException(String url, String message, Throwable cause) {
		super(message, cause);
		this.url = url;
		this.refused = false;
	}

	/** Whether the rules refused the URL before any connection, rather than its fetch failing. */
	public boolean refused() {
		return refused;
	}

	public String getUrl() {
		return url;
	}

	/** The form users see in import reports: {@code url: message}. */
	public String describe() {
		return url + ": " + getMessage();
	}

}
