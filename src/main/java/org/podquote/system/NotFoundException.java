package org.podquote.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something the address names does not exist: the 404 page on the site and a 404 problem detail
 * in the API, never a 500. The message says in a sentence what is missing (the API shows it as
 * the problem's detail); the parameter names the part of the address at fault.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private final String parameter;

	/**
	 * No {@code what} ("speaker", "quote") has this slug, or this id when the key is a number:
	 * "No speaker has the slug 'nobody'."; the parameter is {@code slug} or {@code id}.
	 */
	public NotFoundException(String what, Object key) {
		this(what, key, key instanceof Number ? "id" : "slug");
	}

	/** The same where the address names it otherwise, as {@code podcast} in {@code /episodes/{podcast}/{episode}}. */
	public NotFoundException(String what, Object key, String parameter) {
		super("No " + what + " has the " + (key instanceof Number ? "id " + key : "slug '" + key + "'") + ".");
		this.parameter = parameter;
	}

	/**
	 * A thing that exists has no such part: "The podcast 'x' has no episode 'y'."; the parameter is
	 * {@code what}.
	 */
	public NotFoundException(String owner, Object ownerKey, String what, Object key) {
		super("The " + owner + " '" + ownerKey + "' has no " + what + " '" + key + "'.");
		this.parameter = what;
	}

	public String parameter() {
		return parameter;
	}

}
