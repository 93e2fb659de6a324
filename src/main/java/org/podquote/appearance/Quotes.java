package org.podquote.appearance;

/** The address of a quote's own page (its permalink), for every link to it. */
public final class Quotes {

	private Quotes() {
	}

	public static String url(long id) {
		return "/quotes/" + id;
	}

}
