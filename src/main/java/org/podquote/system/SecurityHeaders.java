package org.podquote.system;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers on every response, besides Spring Security's defaults ({@code X-Content-Type-Options:
 * nosniff}, {@code X-Frame-Options: DENY}, no caching of pages, HSTS over https).
 */
final class SecurityHeaders {

	/**
	 * Our pages load only our own script and style sheet, from files: no inline script, style or
	 * event handler anywhere. Audio comes from wherever the podcast keeps it, and so do the pictures
	 * of people that a feed's {@code podcast:person img} names.
	 */
	static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: http:; "
			+ "media-src 'self' https: http:; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** Swagger UI (the API's page at /api, served by springdoc from the jar) draws its icons from data: URIs. */
	static final String API_PAGE = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/** Nothing here needs a camera, a microphone, the location or payments; neither may anything framed. */
	static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), "
			+ "bluetooth=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=()";

	private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

	private SecurityHeaders() {
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> all() {
		return headers -> headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI, new ContentSecurityPolicyHeaderWriter(API_PAGE)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
					new ContentSecurityPolicyHeaderWriter(PAGES)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS));
	}

}
