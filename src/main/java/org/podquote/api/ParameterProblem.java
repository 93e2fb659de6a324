package org.podquote.api;

/**
 * A parameter value the API cannot use: a 400 problem detail that names the parameter. (A slug or
 * id that names nothing is a {@link org.podquote.system.NotFoundException}, as on the pages.)
 */
class ParameterProblem extends RuntimeException {

	private final String parameter;

	private ParameterProblem(String parameter, String detail) {
		super(detail);
		this.parameter = parameter;
	}

	static ParameterProblem bad(String parameter, String detail) {
		return new ParameterProblem(parameter, detail);
	}

	String parameter() {
		return parameter;
	}

}
