package org.podquote.system;

/**
 * A row of a ranking ({@code fragments/ranking}): the page it links to, what it is called, how
 * many (appearances, quotes, episodes) and, for some, a tag such as a role.
 */
public interface Ranked {

	String url();

	String name();

	long count();

	default String tag() {
		return null;
	}

}
