package org.podquote.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.podquote.episode.ImportTimes;
import org.podquote.search.LibraryCache;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Validators on every successful GET of the API and the feeds: an {@code ETag} that hashes the
 * body, and a {@code Last-Modified} that is the library's latest import (the data, not the clock).
 * Conditional requests are answered {@code 304} with the precedence of RFC 9110: If-None-Match
 * when present, else If-Modified-Since.
 * <p>
 * The latest import is read from the database once per version of the library ({@link LibraryCache}:
 * every import, edit, removal and merge commits entities, which moves it), not twice per request.
 */
class ConditionalGetFilter extends OncePerRequestFilter {

	/** The engine's time differs on every search; it says nothing about the content, so it is left out of the hash. */
	private static final byte[] TIMING = "\"tookMs\":".getBytes(StandardCharsets.US_ASCII);

	private final ImportTimes importTimes;

	private final LibraryCache.Bounded<String, Long> lastModified;

	ConditionalGetFilter(ImportTimes importTimes, LibraryCache cache) {
		this.importTimes = importTimes;
		this.lastModified = cache.bounded(1);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean head = HttpMethod.HEAD.matches(request.getMethod());
		if (!head && !HttpMethod.GET.matches(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper body = new ContentCachingResponseWrapper(response);
		// A HEAD is answered as a GET whose body is dropped here, so that both carry the same ETag.
		chain.doFilter(head ? new AsGet(request) : request, body);
		if (body.getStatus() == HttpServletResponse.SC_OK) {
			// Anyone may keep a copy, but must check it is current before using it.
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			long modified = lastModified.get("last", () -> importTimes.findLast().map(Instant::toEpochMilli).orElse(-1L));
			if (new ServletWebRequest(request, response).checkNotModified(etag(body.getContentAsByteArray()), modified)) {
				return;
			}
		}
		if (head) {
			response.setContentLength(body.getContentSize());
			return;
		}
		body.copyBodyToResponse();
	}

	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}

	}

	/** The body's MD5 or, when it holds the engine's time, a weak one of the body without its {@code "tookMs":N}s. */
	static String etag(byte[] content) {
		int at = indexOf(content, TIMING, 0);
		if (at < 0) {
			return "\"" + DigestUtils.md5DigestAsHex(content) + "\"";
		}
		MessageDigest md5 = md5();
		int from = 0;
		for (; at >= 0; at = indexOf(content, TIMING, from)) {
			md5.update(content, from, at - from);
			from = at + TIMING.length;
			while (from < content.length && content[from] >= '0' && content[from] <= '9') {
				from++;
			}
		}
		md5.update(content, from, content.length - from);
		// Equal but for the timing: a weak validator, as RFC 9110 has it.
		return "W/\"" + HexFormat.of().formatHex(md5.digest()) + "\"";
	}

	private static int indexOf(byte[] content, byte[] part, int from) {
		outer: for (int i = from; i <= content.length - part.length; i++) {
			for (int k = 0; k < part.length; k++) {
				if (content[i + k] != part[k]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static MessageDigest md5() {
		try {
			return MessageDigest.getInstance("MD5");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
