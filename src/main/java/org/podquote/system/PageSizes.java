package org.podquote.system;

/** How many rows each kind of list shows per page. */
public final class PageSizes {

	public static final int QUOTES = 10;

	public static final int SEARCH = 20;

	public static final int PEOPLE = 50;

	/** Rows of a speaker's episode table. */
	public static final int SPEAKER_EPISODES = 20;

	/** Episodes on a show's page. */
	public static final int EPISODES = 25;

	public static final int HOME_TOP = 8;

	private PageSizes() {
	}

}
