package org.podquote.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.podquote.episode.ImportTimes;
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
 */
class ConditionalGetFilter extends OncePerRequestFilter {

	/** The engine's time differs on every search; it says nothing about the content, so it is left out of the hash. */
	private static final Pattern TIMING = Pattern.compile("\"tookMs\":\\d+");

	private final ImportTimes importTimes;

	ConditionalGetFilter(ImportTimes importTimes) {
		this.importTimes = importTimes;
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
			long lastModified = importTimes.findLast().map(Instant::toEpochMilli).orElse(-1L);
			if (new ServletWebRequest(request, response).checkNotModified(etag(body.getContentAsByteArray()), lastModified)) {
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

	private static String etag(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		var timing = TIMING.matcher(text);
		if (timing.find()) {
			// Equal but for the timing: a weak validator, as RFC 9110 has it.
			return "W/\"" + DigestUtils.md5DigestAsHex(timing.replaceAll("").getBytes(StandardCharsets.UTF_8)) + "\"";
		}
		return "\"" + DigestUtils.md5DigestAsHex(content) + "\"";
	}

}
