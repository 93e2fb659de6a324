package org.podquote.appearance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the CSV downloads ({@code /search.csv}, a speaker's {@code appearances.csv}) that run at
 * once: {@link ExportLimits#perClient()} per client address (an IPv6 client by its /64) and
 * {@link ExportLimits#concurrent()} in all. One more is turned away at once with {@code 429 Too Many
 * Requests}, a {@code Retry-After} and a problem detail that says why, before any work is done.
 */
@Component
class CsvDownloads extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 10;

	private static final Logger log = LoggerFactory.getLogger(CsvDownloads.class);

	private final ExportLimits limits;

	private final Semaphore all;

	private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

	CsvDownloads(ExportLimits limits) {
		this.limits = limits;
		this.all = new Semaphore(limits.concurrent());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().endsWith(".csv");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = client(request.getRemoteAddr());
		AtomicInteger mine = running.compute(client, (key, count) -> {
			AtomicInteger counter = count == null ? new AtomicInteger() : count;
			counter.incrementAndGet();
			return counter;
		});
		boolean admitted = false;
		try {
			if (mine.get() > limits.perClient()) {
				refuse(response, "A CSV download from your address is still running; this server makes "
						+ limits.perClient() + " at a time for each. Try again when it has finished.");
				return;
			}
			if (!all.tryAcquire()) {
				log.info("CSV download refused: {} are running, the most at once", limits.concurrent());
				refuse(response, "The server is making as many CSV downloads as it makes at once ("
						+ limits.concurrent() + "). Try again in a few seconds.");
				return;
			}
			admitted = true;
			chain.doFilter(request, response);
		}
		finally {
			if (admitted) {
				all.release();
			}
			running.computeIfPresent(client, (key, count) -> count.decrementAndGet() == 0 ? null : count);
		}
	}

	/** An IPv4 address as it is; an IPv6 address by its /64, which one client usually holds whole. */
	static String client(String address) {
		if (address == null || !address.matches("[0-9A-Fa-f:.]+")) {
			// not an address literal (a forwarded header's odd value): taken as it is, never looked up
			return String.valueOf(address);
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length == 16) {
				return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
			}
			return address;
		}
		catch (UnknownHostException | IllegalArgumentException ex) {
			return String.valueOf(address);
		}
	}

	private static void refuse(HttpServletResponse response, String detail) throws IOException {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// our own sentences only: nothing the client sent is echoed
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Too many downloads\",\"status\":429,\"detail\":\"" + detail
					+ "\"}");
	}

}
