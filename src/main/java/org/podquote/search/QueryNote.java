package org.podquote.search;

/**
 * Something the search read differently from how it was written, told to the user.
 *
 * @param code message key under {@code search.note.}
 * @param argument a value for the message, or null
 */
public record QueryNote(String code, String argument) {

	static final String UNBALANCED_QUOTE = "unbalanced-quote";

	static final String LONE_MINUS = "lone-minus";

	static final String TRUNCATED = "truncated";

	static final String CONTROL_CHARACTERS = "control-characters";

	static final String IGNORED_TERM = "ignored-term";

	static final String DANGLING_OR = "dangling-or";

	static final String TOO_MANY_TERMS = "too-many-terms";

	public static final String BAD_DATE = "bad-date";

	public static final String BAD_SORT = "bad-sort";

	public static final String BAD_MODE = "bad-mode";

	public String messageKey() {
		return "search.note." + code;
	}

}
