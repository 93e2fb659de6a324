package org.podquote.system;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The only addresses that become links, players and API values: absolute {@code http} and
 * {@code https} URLs naming a host. {@code javascript:}, {@code data:}, {@code file:},
 * {@code vbscript:}, relative paths and whatever else a file or feed writes are not, both when
 * they are read and when a value stored by an older version is shown.
 */
public final class WebAddresses {

	/** The longest address the library keeps (the URL columns). */
	public static final int MAX_LENGTH = 2000;

	/** A host name (any script) or address, or a bracketed IPv6 address. */
	private static final Pattern HOST = Pattern.compile("[^\\[\\]/?#@:\\\\]+|\\[[0-9A-Fa-f:.]+\\]");

	private WebAddresses() {
	}

	/**
	 * The address trimmed (a literal space inside it written {@code %20}, as browsers send it), or
	 * null when it is not a web address of at most {@link #MAX_LENGTH} characters.
	 */
	public static String web(String url) {
		return problem(url) == null ? normal(url) : null;
	}

	/**
	 * Why a value is no web address, for a warning ("is not an http or https address"); null when
	 * it is one.
	 */
	public static String problem(String url) {
		if (url == null || url.isBlank()) {
			return "is empty";
		}
		String address = normal(url);
		if (address.length() > MAX_LENGTH) {
			return String.format("is %,d characters long, longer than the %,d the library keeps", address.length(),
					MAX_LENGTH);
		}
		for (int i = 0; i < address.length(); i++) {
			char c = address.charAt(i);
			if (c <= 0x20 || (c >= 0x7F && c <= 0x9F) || Character.getType(c) == Character.FORMAT) {
				return "holds a space or an invisible character";
			}
		}
		String lower = address.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
			return "is not an http or https address";
		}
		// read by hand rather than by java.net.URI, which refuses the "|" and "{}" real enclosures carry
		String rest = address.substring(address.indexOf("://") + 3);
		String authority = rest.split("[/?#]", 2)[0];
		String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
		if (host.isEmpty()) {
			return "names no host";
		}
		if (!HOST.matcher(host).matches()) {
			return "is not a valid address";
		}
		return null;
	}

	private static String normal(String url) {
		return url.strip().replace(" ", "%20");
	}

}
