package org.podquote.podcast;

/** The address of a show's page, for every link to it. */
public final class Podcasts {

	/** Where the admin deletes a show with its episodes, after a page that says what will go. */
	public static final String DELETE_PATH = "/admin/podcasts/{podcast}/delete";

	private Podcasts() {
	}

	public static String url(String slug) {
		return "/podcasts/" + slug;
	}

	public static String deleteUrl(String slug) {
		return DELETE_PATH.replace("{podcast}", slug);
	}

}
