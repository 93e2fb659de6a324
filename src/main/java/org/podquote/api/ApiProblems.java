package org.podquote.api;

import java.util.Locale;

import org.podquote.system.NotFoundException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}) with a
 * {@code parameter} property naming what was wrong; never an exception name or a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

	static final String PARAMETER = "parameter";

	@ExceptionHandler
	ResponseEntity<ProblemDetail> parameter(ParameterProblem ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.parameter(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.parameter(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		boolean number = type != null && (type == int.class || type == long.class || Number.class.isAssignableFrom(type));
		return problem(HttpStatus.BAD_REQUEST, ex.getName(), ex.getName() + " must be "
				+ (number ? "a whole number" : "a " + type.getSimpleName().toLowerCase(Locale.ROOT)) + ", not '"
				+ ex.getValue() + "'.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getParameterName(), ex.getParameterName() + " is required.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException ex) {
		ParameterValidationResult result = ex.getParameterValidationResults().get(0);
		RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
		String name = param != null && !param.name().isEmpty() ? param.name()
				: result.getMethodParameter().getParameterName();
		String reason = result.getResolvableErrors()
			.stream()
			.map(MessageSourceResolvable::getDefaultMessage)
			.findFirst()
			.orElse("is not allowed");
		return problem(HttpStatus.BAD_REQUEST, name, name + " " + reason + ", not " + result.getArgument() + ".");
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String parameter, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status == HttpStatus.NOT_FOUND ? "Not found" : "Bad parameter");
		problem.setProperty(PARAMETER, parameter);
		return ResponseEntity.status(status).body(problem);
	}

}
