package org.podquote.system;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one place that makes absolute URLs of the site: Open Graph and canonical tags, Atom feeds,
 * the API's links, CSV permalinks. Never from the request's {@code Host} header, which any client
 * can set. In order:
 * <ol>
 * <li>{@code podquote.base-url}, the public address, when it is set;</li>
 * <li>the address a trusted proxy reported, when {@code server.forward-headers-strategy} is
 * {@code native} or {@code framework} (Tomcat or Spring has then rewritten the request from the
 * {@code X-Forwarded-*} or {@code Forwarded} headers);</li>
 * <li>else the server's own address: the scheme and port of the connection the request came on,
 * and {@code server.address} or {@code localhost}.</li>
 * </ol>
 * Redirects need none of this: they are relative ({@code server.tomcat.use-relative-redirects}).
 */
public final class PublicUrls implements ApplicationListener<WebServerInitializedEvent> {

	private static final Log logger = LogFactory.getLog(PublicUrls.class);

	private static final String LOCALHOST = "localhost";

	private final String configured;

	private final boolean trustForwardedHeaders;

	private final String ownHost;

	/**
	 * @param baseUrl {@code podquote.base-url}, already checked, or null
	 * @param trustForwardedHeaders whether a proxy's forwarded headers have been applied to requests
	 * @param serverAddress {@code server.address}, or null
	 */
	public PublicUrls(URI baseUrl, boolean trustForwardedHeaders, String serverAddress) {
		this.configured = baseUrl == null ? null : baseUrl.toString();
		this.trustForwardedHeaders = trustForwardedHeaders;
		this.ownHost = ownHost(serverAddress);
	}

	/** The site's public URLs for the request being handled (from a controller, view or handler). */
	public static PublicUrls current() {
		HttpServletRequest request = currentRequest();
		WebApplicationContext context = RequestContextUtils.findWebApplicationContext(request);
		if (context == null) {
			throw new IllegalStateException("No web application context for " + request.getRequestURI());
		}
		return context.getBean(PublicUrls.class);
	}

	/** The site's root for the current request, without a trailing slash: {@code https://quotes.example}. */
	public String base() {
		return base(currentRequest());
	}

	public String base(HttpServletRequest request) {
		if (configured != null) {
			return configured;
		}
		if (trustForwardedHeaders) {
			return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		}
		String scheme = request.getScheme();
		int port = request.getLocalPort();
		boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
		return UriComponentsBuilder.newInstance()
			.scheme(scheme)
			.host(ownHost)
			.port(defaultPort ? -1 : port)
			.path(request.getContextPath())
			.build()
			.toUriString();
	}

	/** @param path a path of the site, such as {@code /quotes/7} or {@code /search?q=x} */
	public String absolute(String path) {
		return base() + path;
	}

	/** The absolute URL of the current request, path and query, on the public address. */
	public String request() {
		HttpServletRequest request = currentRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		return base(request) + path + (query == null ? "" : "?" + query);
	}

	/** The host of the public address, for identifiers such as the {@code tag:} URIs of feeds. */
	public String host() {
		return URI.create(base()).getHost();
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (configured == null && event.getApplicationContext().getParent() == null) {
			logger.info("podquote.base-url is not set: links in feeds, the API and Open Graph tags name "
					+ (trustForwardedHeaders ? "the host that the proxy's forwarded headers report"
							: "this server (" + ownHost + ":" + event.getWebServer().getPort() + ")")
					+ "; set it to the address that readers use, such as https://quotes.example");
		}
	}

	private static HttpServletRequest currentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest();
		}
		throw new IllegalStateException("Absolute URLs are made while a request is handled");
	}

	private static String ownHost(String serverAddress) {
		if (serverAddress == null || serverAddress.isBlank()) {
			return LOCALHOST;
		}
		String host = serverAddress.strip();
		if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
			return LOCALHOST;
		}
		return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
	}

}
