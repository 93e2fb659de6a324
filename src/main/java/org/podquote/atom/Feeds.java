package org.podquote.atom;

/** The addresses of the Atom feeds, for the pages' {@code <link rel="alternate">} and the API. */
public final class Feeds {

	/** The feed of a search; its query string is the search's. */
	static final String SEARCH_PATH = "/feeds/search.atom";

	private Feeds() {
	}

	/** A person's newest quotes. */
	public static String speakerUrl(String slug) {
		return "/feeds/speakers/" + slug + ".atom";
	}

	/** A show's newest episodes. */
	public static String podcastUrl(String slug) {
		return "/feeds/podcasts/" + slug + ".atom";
	}

}
