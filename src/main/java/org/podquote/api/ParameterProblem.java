package org.podquote.api;

import org.springframework.http.HttpStatus;

/**
 * A request the API answers with a problem detail that names the parameter at fault: 400 for a
 * value it cannot use, 404 for a slug or id that names nothing in the library.
 */
class ParameterProblem extends RuntimeException {

	private final HttpStatus status;

	private final String parameter;

	private ParameterProblem(HttpStatus status, String parameter, String detail) {
		super(detail);
		this.status = status;
		this.parameter = parameter;
	}

	static ParameterProblem bad(String parameter, String detail) {
		return new ParameterProblem(HttpStatus.BAD_REQUEST, parameter, detail);
	}

	static ParameterProblem unknown(String parameter, String detail) {
		return new ParameterProblem(HttpStatus.NOT_FOUND, parameter, detail);
	}

	HttpStatus status() {
		return status;
	}

	String parameter() {
		return parameter;
	}

}
