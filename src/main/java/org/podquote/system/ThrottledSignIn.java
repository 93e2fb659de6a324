package org.podquote.system;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where the sign-in form meets the {@link SignInThrottle}: a filter in front of Spring Security's
 * form login that turns away an attempt made too soon (before any password is checked, and
 * without holding the thread), and the form login's failure and success handlers that count.
 * Either way the form comes back with {@code ?retry=SECONDS}, which the page words as
 * "Too many failed sign-ins; try again in N minutes", or with {@code ?error} for a wrong password.
 */
final class ThrottledSignIn extends OncePerRequestFilter implements AuthenticationFailureHandler {

	static final String LOGIN = "/login";

	static final String USERNAME = "username";

	private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN);

	private final RelativeRedirects redirects = new RelativeRedirects();

	private final SignInThrottle throttle;

	ThrottledSignIn(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (signIn.matches(request)) {
			Duration wait = throttle.waitFor(request.getParameter(USERNAME), request.getRemoteAddr());
			if (!wait.isZero()) {
				redirects.sendRedirect(request, response, retry(wait));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		Duration wait = throttle.failed(request.getParameter(USERNAME), request.getRemoteAddr());
		redirects.sendRedirect(request, response, wait.isZero() ? LOGIN + "?error" : retry(wait));
	}

	/** Forgets the failures of this name and address, then goes where the admin was headed, or to {@code target}. */
	AuthenticationSuccessHandler onSuccessGoTo(String target) {
		SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		saved.setDefaultTargetUrl(target);
		saved.setRedirectStrategy(redirects);
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			throttle.succeeded(request.getParameter(USERNAME), request.getRemoteAddr());
			saved.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static String retry(Duration wait) {
		long seconds = (wait.toMillis() + 999) / 1000;
		return LOGIN + "?retry=" + Math.max(1, seconds);
	}

}
