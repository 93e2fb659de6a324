package org.podquote.importer.feed;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

/**
 * Downloads a feed or a transcript over http or https, within a time and a size the caller sets,
 * and fails with a message a user can act on. Every fetch of the app goes through here because of
 * its network rules: the host of each URL, and of each redirect, is resolved once, every address
 * is checked against {@link NetworkRules} (no loopback, private, link-local… unless allowed), and
 * the connection goes to the checked address itself (see {@link Http1Exchange}). Redirects are
 * followed here, at most {@value #MAX_REDIRECTS}, never from https down to http. Thread-safe: one
 * instance can serve all imports.
 */
public class HttpFetcher {

	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

	static final int MAX_REDIRECTS = 5;

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private static final long KB = 1024;

	private static final long MB = 1024 * KB;

	private static final String USER_AGENT = "Podquote transcript importer";

	/** Ends fetches that pass their time; one daemon thread for all of them, idle between. */
	private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

	private final Duration connectTimeout;

	private final Duration timeout;

	private final long maxBytes;

	private final NetworkRules rules;

	private final NetworkRules.Resolver resolver;

	private final SSLSocketFactory tls;

	/** With the default limits, to public addresses only. */
	public HttpFetcher() {
		this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
	}

	/** To public addresses only. */
	public HttpFetcher(Duration connectTimeout, Duration timeout, long maxBytes) {
		this(connectTimeout, timeout, maxBytes, NetworkRules.PUBLIC_ONLY);
	}

	/**
	 * @param connectTimeout how long to wait for the connection
	 * @param timeout how long the whole download may take, redirects and body included
	 * @param maxBytes the largest body accepted; at most {@code Integer.MAX_VALUE - 8}, since it is
	 * returned as one array
	 * @param rules which hosts may be reached
	 */
	public HttpFetcher(Duration connectTimeout, Duration timeout, long maxBytes, NetworkRules rules) {
		this(connectTimeout, timeout, maxBytes, rules, InetAddress::getAllByName,
				(SSLSocketFactory) SSLSocketFactory.getDefault());
	}

	/** With a resolver and the certificates to trust of a test's own. */
	HttpFetcher(Duration connectTimeout, Duration timeout, long maxBytes, NetworkRules rules,
			NetworkRules.Resolver resolver, SSLSocketFactory tls) {
		if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeouts must be positive");
		}
		if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8));
		}
		this.connectTimeout = connectTimeout;
		this.timeout = timeout;
		this.maxBytes = maxBytes;
		this.rules = rules;
		this.resolver = resolver;
		this.tls = tls;
	}

	public Fetched fetch(String url) throws FetchException {
		Exchanged exchanged = exchange(url, "GET", Map.of(), null, true);
		return answer(url, exchanged.uri(), exchanged.response());
	}

	/**
	 * A conditional GET (RFC 9110, 13.1): with the {@code ETag} and {@code Last-Modified} of the copy
	 * the caller holds, either of them null, the server may answer {@code 304 Not Modified}; else
	 * the body comes with its own validators, for the next time.
	 */
	public Conditional fetchIfChanged(String url, String etag, String lastModified) throws FetchException {
		Map<String, String> headers = new LinkedHashMap<>();
		if (etag != null && !etag.isBlank()) {
			headers.put("If-None-Match", headerValue(url, etag));
		}
		if (lastModified != null && !lastModified.isBlank()) {
			headers.put("If-Modified-Since", headerValue(url, lastModified));
		}
		Exchanged exchanged = exchange(url, "GET", headers, null, true);
		Http1Exchange.Response response = exchanged.response();
		if (response.status() == 304) {
			return new Conditional(true, null, response.header("etag").orElse(etag),
					response.header("last-modified").orElse(lastModified), exchanged.uri());
		}
		Fetched fetched = answer(url, exchanged.uri(), response);
		return new Conditional(false, fetched.body(), response.header("etag").orElse(null),
				response.header("last-modified").orElse(null), fetched.finalUrl());
	}

	/**
	 * POSTs a body, as a webhook is called, under the same rules as every fetch. No redirect is
	 * followed: a 3xx is the answer, as any status is; only a failure to get one is an exception.
	 *
	 * @param headers more request headers; names are tokens and values have no line breaks
	 * @return the status the server answered
	 */
	public int post(String url, String contentType, byte[] body, Map<String, String> headers) throws FetchException {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("Content-Type", headerValue(url, contentType));
		headers.forEach((name, value) -> {
			if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
				throw new IllegalArgumentException("not a header name: " + name);
			}
			all.put(name, value);
		});
		for (Map.Entry<String, String> header : all.entrySet()) {
			header.setValue(headerValue(url, header.getValue()));
		}
		return exchange(url, "POST", all, body, false).response().status();
	}

	private Exchanged exchange(String url, String method, Map<String, String> headers, byte[] body,
			boolean followRedirects) throws FetchException {
		URI uri = checkedUri(url);
		Http1Exchange.Deadline deadline = new Http1Exchange.Deadline(timeout);
		ScheduledFuture<?> alarm = WATCHDOG.schedule(deadline::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
		try {
			String redirect = null;
			for (int redirects = 0;; redirects++) {
				Authority authority = authority(url, uri, redirect);
				Http1Exchange.Response response;
				try {
					response = Http1Exchange.get(request(url, uri, authority, redirect).with(method, headers, body),
							deadline);
				}
				catch (IOException ex) {
					throw failure(url, authority.host(), ex, deadline);
				}
				Optional<String> location = response.header("location");
				if (!followRedirects || !REDIRECTS.contains(response.status()) || location.isEmpty()) {
					return new Exchanged(response, uri);
				}
				if (redirects == MAX_REDIRECTS) {
					throw new FetchException(url, "the server redirects more than " + MAX_REDIRECTS
							+ " times (the last time to " + location.get() + ")");
				}
				URI next = redirected(url, uri, location.get());
				redirect = next.toString();
				uri = next;
			}
		}
		finally {
			alarm.cancel(false);
		}
	}

	/** A header value as sent: no line break may end the header early and start another. */
	private static String headerValue(String url, String value) throws FetchException {
		if (value == null || !value.matches("[\\t\\x20-\\x7e\\x80-\\xff]*")) {
			throw new FetchException(url, "a request header holds a line break or a character it cannot carry");
		}
		return value;
	}

	private static URI checkedUri(String url) throws FetchException {
		if (url == null || url.isBlank()) {
			throw new FetchException(url, "no URL was given");
		}
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new FetchException(url, "not a valid URL: " + ex.getReason(), ex);
		}
		String scheme = uri.getScheme();
		if (scheme == null) {
			throw new FetchException(url, "not a web address: it should start with http:// or https://");
		}
		if (!isHttp(uri)) {
			throw new FetchException(url, "only http and https URLs can be fetched, not " + scheme + ":");
		}
		return uri;
	}

	/** The next hop, refused when it is not http(s) or steps down from https. */
	private static URI redirected(String url, URI from, String location) throws FetchException {
		URI next;
		try {
			next = from.resolve(new URI(location.strip()));
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			throw new FetchException(url, "the server redirects to " + location + ", which is not a valid URL", ex);
		}
		if (!isHttp(next)) {
			throw new FetchException(url,
					"the server redirects to " + next + ", which is not followed: only http and https URLs can be fetched");
		}
		if (isHttps(from) && !isHttps(next)) {
			throw new FetchException(url,
					"the server redirects from https to http (" + next + "), which is not followed");
		}
		return next;
	}

	/**
	 * The URL's host and port and the addresses checked for it. {@link URI} gives no host for
	 * some that a browser reads as addresses ({@code 0x7f.1}, {@code 127.1}): those are read from
	 * the authority here, so that they are checked like any other.
	 */
	private Authority authority(String url, URI uri, String redirect) throws FetchException {
		String prefix = (redirect == null) ? "" : "the server redirects to " + redirect + ", and ";
		String host = uri.getHost();
		int port = uri.getPort();
		if (host == null) {
			String authority = uri.getRawAuthority();
			if (authority == null || authority.isEmpty()) {
				throw new FetchException(url, prefix + "the URL names no host");
			}
			authority = authority.substring(authority.lastIndexOf('@') + 1);
			int colon = authority.lastIndexOf(':');
			host = authority;
			port = -1;
			if (colon >= 0 && colon > authority.lastIndexOf(']')) {
				host = authority.substring(0, colon);
				String digits = authority.substring(colon + 1);
				if (!digits.matches("[0-9]{1,5}")) {
					throw new FetchException(url, prefix + "the port " + digits + " is not valid");
				}
				port = Integer.parseInt(digits);
			}
		}
		if (port == 0 || port > 65535) {
			throw new FetchException(url, prefix + "the port " + port + " is not valid");
		}
		if (host.isEmpty()) {
			throw new FetchException(url, prefix + "the URL names no host");
		}
		host = host.toLowerCase(Locale.ROOT);
		if (port < 0) {
			port = isHttps(uri) ? 443 : 80;
		}
		List<InetAddress> addresses;
		try {
			addresses = rules.addressesOf(host, resolver);
		}
		catch (NetworkRules.Refused ex) {
			throw new FetchException(url, "refused: " + prefix + ex.getMessage());
		}
		catch (UnknownHostException ex) {
			throw new FetchException(url,
					(redirect == null) ? "unknown host " + host : prefix + "the host " + host + " is unknown", ex);
		}
		catch (IllegalArgumentException ex) {
			throw new FetchException(url, prefix + "the host " + ex.getMessage(), ex);
		}
		return new Authority(host, port, addresses);
	}

	private Http1Exchange.Request request(String url, URI uri, Authority authority, String redirect)
			throws FetchException {
		// non-ASCII in the path or query is sent percent-encoded
		URI ascii = URI.create(uri.toASCIIString());
		String path = (ascii.getRawPath() == null || ascii.getRawPath().isEmpty()) ? "/" : ascii.getRawPath();
		if (ascii.getRawQuery() != null) {
			path = path + "?" + ascii.getRawQuery();
		}
		if (!path.matches("[\\x21-\\x7e]+")) {
			throw new FetchException(url, ((redirect == null) ? "" : "the server redirects to " + redirect + ", and ")
					+ "the URL's path is not valid");
		}
		boolean https = isHttps(uri);
		String host = authority.host();
		boolean literal = host.startsWith("[") || Addresses.literal(host).isPresent();
		String hostHeader = (authority.port() == (https ? 443 : 80)) ? host : host + ":" + authority.port();
		String tlsHost = literal ? Addresses.format(authority.addresses().get(0))
				: (host.endsWith(".") ? host.substring(0, host.length() - 1) : host);
		return new Http1Exchange.Request(path, hostHeader, https ? tls : null, tlsHost, literal ? null : tlsHost,
				authority.port(), authority.addresses(), connectTimeout, maxBytes, USER_AGENT);
	}

	private static Fetched answer(String url, URI uri, Http1Exchange.Response response) throws FetchException {
		int status = response.status();
		if (status / 100 != 2) {
			throw new FetchException(url, "the server answered " + status + reason(status));
		}
		return new Fetched(response.body(), response.header("content-type").orElse(null), uri);
	}

	private FetchException failure(String url, String host, IOException error, Http1Exchange.Deadline deadline) {
		if (error instanceof Http1Exchange.TooLargeException) {
			return new FetchException(url, "the file is larger than " + describe(maxBytes), error);
		}
		if (error instanceof Http1Exchange.ConnectFailure connect) {
			return new FetchException(url, "could not connect to " + host + (connect.timedOut() ? " in time" : ""),
					error);
		}
		if (deadline.expired() || error instanceof SocketTimeoutException) {
			return new FetchException(url, "no complete answer within " + describe(timeout), error);
		}
		if (error instanceof SSLException) {
			return new FetchException(url, "the secure connection to " + host + " failed: " + tlsReason(error), error);
		}
		if (error instanceof Http1Exchange.BadAnswerException) {
			return new FetchException(url, error.getMessage(), error);
		}
		if (error instanceof Http1Exchange.TruncatedException) {
			return new FetchException(url, "the connection closed before the whole file arrived", error);
		}
		String message = error.getMessage();
		return new FetchException(url,
				"the download failed: " + ((message != null && !message.isBlank()) ? message
						: error.getClass().getSimpleName()),
				error);
	}

	/** The JDK's TLS failures name exception classes; these are the ones a user can act on. */
	private static String tlsReason(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof CertificateExpiredException) {
				return "its certificate has expired";
			}
			if (cause instanceof CertPathBuilderException || cause instanceof CertPathValidatorException) {
				return "its certificate is not signed by an authority this machine trusts";
			}
			String message = String.valueOf(cause.getMessage());
			if (cause instanceof CertificateException
					&& (message.startsWith("No subject alternative") || message.startsWith("No name matching"))) {
				return "its certificate is for another host";
			}
		}
		String message = error.getMessage();
		return (message == null || message.isBlank()) ? "the handshake did not complete" : message;
	}

	private static boolean isHttp(URI uri) {
		String scheme = uri.getScheme();
		return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
	}

	private static boolean isHttps(URI uri) {
		return "https".equalsIgnoreCase(uri.getScheme());
	}

	private static ScheduledThreadPoolExecutor watchdog() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "podquote-fetch-deadline");
			thread.setDaemon(true);
			return thread;
		});
		executor.setRemoveOnCancelPolicy(true);
		return executor;
	}

	private static String reason(int status) {
		return switch (status) {
			case 400 -> " Bad Request";
			case 401 -> " Unauthorized";
			case 403 -> " Forbidden";
			case 404 -> " Not Found";
			case 410 -> " Gone";
			case 429 -> " Too Many Requests";
			case 500 -> " Internal Server Error";
			case 502 -> " Bad Gateway";
			case 503 -> " Service Unavailable";
			case 504 -> " Gateway Timeout";
			default -> "";
		};
	}

	static String describe(long bytes) {
		if (bytes % MB == 0) {
			return (bytes / MB) + " MB";
		}
		if (bytes % KB == 0) {
			return (bytes / KB) + " KB";
		}
		return bytes + " bytes";
	}

	static String describe(Duration duration) {
		long millis = duration.toMillis();
		if (millis % 1000 != 0) {
			return millis + " ms";
		}
		long seconds = millis / 1000;
		return seconds + ((seconds == 1) ? " second" : " seconds");
	}

	/**
	 * What was downloaded.
	 *
	 * @param body the bytes as sent
	 * @param contentType the {@code Content-Type} header, or null
	 * @param finalUrl where the body came from after redirects
	 */
	public record Fetched(byte[] body, String contentType, URI finalUrl) {
	}

	/**
	 * What a conditional GET found.
	 *
	 * @param notModified the server answered 304: the copy held is current, and there is no body
	 * @param etag the validators for the next request, either null when the server sent none
	 */
	public record Conditional(boolean notModified, byte[] body, String etag, String lastModified, URI finalUrl) {
	}

	private record Exchanged(Http1Exchange.Response response, URI uri) {
	}

	private record Authority(String host, int port, List<InetAddress> addresses) {
	}

}
