package org.podquote.api;

import org.springframework.data.domain.PageRequest;

/** The {@code page} (from 1) and {@code size} a list was asked for, already checked against the limits. */
record PageParams(int page, int size) {

	/** Text, for {@code @RequestParam(defaultValue)}. */
	static final String DEFAULT_SIZE = "20";

	static final int MAX_SIZE = 100;

	long offset() {
		return (long) (page - 1) * size;
	}

	PageRequest request() {
		return PageRequest.of(page - 1, size);
	}

}
