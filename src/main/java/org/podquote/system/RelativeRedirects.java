package org.podquote.system;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;

/**
 * Spring Security's redirects with the path only. The page saved before sign-in is remembered as
 * an absolute URL built from the request's {@code Host} header, which the client chose; its path
 * is all a redirect within the site needs, and the browser keeps the address it used.
 */
final class RelativeRedirects implements RedirectStrategy {

	private static final Pattern ABSOLUTE = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*:)?//");

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		response.sendRedirect(response.encodeRedirectURL(target(request.getContextPath(), url)));
	}

	/** @param url absolute ({@code https://host/path?q}, {@code //host/path}) or a path within the app */
	static String target(String contextPath, String url) {
		var absolute = ABSOLUTE.matcher(url);
		if (!absolute.find()) {
			return url.startsWith("/") ? contextPath + url : url;
		}
		int authority = absolute.end();
		int path = authority;
		while (path < url.length() && "/?#".indexOf(url.charAt(path)) < 0) {
			path++;
		}
		// the path of an absolute URL already starts with the context path
		String rest = url.substring(path);
		return rest.startsWith("/") ? rest : "/" + rest;
	}

}
