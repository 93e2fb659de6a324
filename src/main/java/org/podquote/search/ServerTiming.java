package org.podquote.search;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

/** The engine's own time of a search in {@code Server-Timing}, for browsers' dev tools and for the benchmark. */
public final class ServerTiming {

	public static final String HEADER = "Server-Timing";

	private ServerTiming() {
	}

	public static void write(HttpServletResponse response, SearchPage<?> result) {
		response.setHeader(HEADER, String.format(Locale.ROOT, "search;dur=%.1f", result.took().toNanos() / 1e6));
	}

}
