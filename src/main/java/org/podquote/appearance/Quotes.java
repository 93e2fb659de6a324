package org.podquote.appearance;

/** The address of a quote's own page (its permalink), for every link to it. */
public final class Quotes {

	private Quotes() {
	}

	public static String url(long id) {
		return "/quotes/" + id;
	}

	/** The quote's share card, the PNG a shared link previews. */
	public static String cardUrl(long id) {
		return url(id) + "/card.png";
	}

	/** The quote as a citation file: {@code bib}, {@code ris} or {@code json} (CSL-JSON). */
	public static String citationUrl(long id, String extension) {
		return url(id) + "/citation." + extension;
	}

}
