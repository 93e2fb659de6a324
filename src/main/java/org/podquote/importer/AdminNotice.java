package org.podquote.importer;

import java.util.List;

/**
 * What the admin is told on the page an edit or deletion redirects to: a message key of
 * {@code messages.properties} and its arguments. The layout shows it, under the site's header.
 */
public record AdminNotice(String key, List<Object> args) {

	/** The flash attribute the layout reads. */
	static final String ATTRIBUTE = "adminNotice";

	static AdminNotice of(String key, Object... args) {
		return new AdminNotice(key, List.of(args));
	}

	public Object[] arguments() {
		return args.toArray();
	}

}
