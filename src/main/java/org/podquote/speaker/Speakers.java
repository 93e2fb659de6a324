package org.podquote.speaker;

/** The addresses of a speaker's pages, for every link to them. */
public final class Speakers {

	/** Where the admin deletes a person with their quotes, after a page that says what will go. */
	public static final String DELETE_PATH = "/admin/speakers/{slug}/delete";

	/** Where the admin merges, renames and moves quotes between people. */
	public static final String IDENTITY_PATH = "/admin/speakers/{slug}/identity";

	private Speakers() {
	}

	public static String identityUrl(String slug) {
		return IDENTITY_PATH.replace("{slug}", slug);
	}

	/** All the speaker's quotes as one citation file ({@code bib}, {@code ris} or {@code json}). */
	public static String citationsUrl(String slug, String extension) {
		return url(slug) + "/citations." + extension;
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
