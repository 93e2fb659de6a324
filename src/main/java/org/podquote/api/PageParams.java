package org.podquote.api;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The {@code page} (from 1) and {@code size} a list was asked for, already checked against the limits. */
record PageParams(int page, int size) {

	/** Text, for {@code @RequestParam(defaultValue)}. */
	static final String DEFAULT_SIZE = "20";

	static final int MAX_SIZE = 100;

	long offset() {
		return (long) (page - 1) * size;
	}

	/** For a query that orders its rows itself, totally (ties broken by a unique column). */
	PageRequest request() {
		return PageRequest.of(page - 1, size);
	}

	/** Ordered by {@code sort}, which must be total: without, PostgreSQL returns rows in any order. */
	PageRequest request(Sort sort) {
		return PageRequest.of(page - 1, size, sort);
	}

}
