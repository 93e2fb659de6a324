package org.podquote.speaker;

/** The addresses of a speaker's pages, for every link to them. */
public final class Speakers {

	private Speakers() {
	}

	public static String url(String slug) {
		return "/speakers/" + slug;
	}

	/** Every appearance of the speaker as CSV. */
	public static String appearancesCsvUrl(String slug) {
		return url(slug) + "/appearances.csv";
	}

}
