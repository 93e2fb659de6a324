package org.podquote.system;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriUtils;

/**
 * Spring Security's CSRF token handling (a masked token per response), reading the token only
 * from a header or the form's body. A token in the URL would be written to access logs and
 * browser history and sent on in {@code Referer} headers; Spring reads request parameters, which
 * include the query string, so a request whose query names the token is refused outright.
 */
final class CsrfTokenOutsideUrl implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		delegate.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		if (inQuery(request.getQueryString(), token.getParameterName())) {
			return null;
		}
		return delegate.resolveCsrfTokenValue(request, token);
	}

	static boolean inQuery(String query, String name) {
		if (query == null || query.isEmpty()) {
			return false;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String key = equals < 0 ? pair : pair.substring(0, equals);
			if (key.equals(name) || decode(key).equals(name)) {
				return true;
			}
		}
		return false;
	}

	private static String decode(String text) {
		try {
			return UriUtils.decode(text.replace('+', ' '), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
