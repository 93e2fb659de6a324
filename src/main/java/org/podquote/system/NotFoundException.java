package org.podquote.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Something named in the URL does not exist: the 404 page, never a 500. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object key) {
		super(what + " not found: " + key);
	}

}
