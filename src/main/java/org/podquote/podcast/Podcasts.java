package org.podquote.podcast;

/** The address of a show's page, for every link to it. */
public final class Podcasts {

	private Podcasts() {
	}

	public static String url(String slug) {
		return "/podcasts/" + slug;
	}

}
