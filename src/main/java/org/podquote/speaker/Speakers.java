package org.podquote.speaker;

/** The addresses of a speaker's pages, for every link to them. */
public final class Speakers {

	/** Where the admin deletes a person with their quotes, after a page that says what will go. */
	public static final String DELETE_PATH = "/admin/speakers/{slug}/delete";

	private Speakers() {
	}

	public static String url(String slug) {
		return "/speakers/" + slug;
	}

	public static String deleteUrl(String slug) {
		return DELETE_PATH.replace("{slug}", slug);
	}

	/** Every appearance of the speaker as CSV. */
	public static String appearancesCsvUrl(String slug) {
		return url(slug) + "/appearances.csv";
	}

}
