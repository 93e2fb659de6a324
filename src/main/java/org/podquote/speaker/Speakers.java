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

	/** Whether the text is an absolute http or https address, the only kind a feed's picture or page may be. */
	public static boolean isWebAddress(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		try {
			java.net.URI uri = new java.net.URI(text.strip());
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
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
