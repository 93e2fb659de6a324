package org.podquote.appearance;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV downloads running at once are bounded per client address and in all: one more is a 429 with
 * a Retry-After and a problem detail, turned away before any work; the next, once one finished, runs.
 */
class CsvDownloadsTest {

	private final ExecutorService pool = Executors.newCachedThreadPool();

	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stop() {
		release.countDown();
		pool.shutdownNow();
	}

	@Test
	void aSecondDownloadFromOneClientIsTurnedAwayWhileTheFirstRuns() throws Exception {
		CsvDownloads filter = new CsvDownloads(new ExportLimits(10_000, 1, 4));
		CountDownLatch started = new CountDownLatch(1);
		Future<MockHttpServletResponse> first = pool.submit(() -> run(filter, "203.0.113.7", started));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse second = run(filter, "203.0.113.7", null);
		MockHttpServletResponse other = run(filter, "198.51.100.2", null);

		assertThat(second.getStatus()).isEqualTo(429);
		assertThat(second.getHeader("Retry-After")).isEqualTo("10");
		assertThat(second.getContentType()).startsWith("application/problem+json");
		assertThat(second.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":429",
				"\"title\":\"Too many downloads\"", "A CSV download from your address is still running");
		assertThat(other.getStatus()).isEqualTo(200);
		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(run(filter, "203.0.113.7", null).getStatus()).isEqualTo(200);
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64() throws Exception {
		CsvDownloads filter = new CsvDownloads(new ExportLimits(10_000, 1, 4));
		CountDownLatch started = new CountDownLatch(1);
		pool.submit(() -> run(filter, "2001:db8:1:2::10", started));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

		assertThat(run(filter, "2001:db8:1:2::99", null).getStatus()).isEqualTo(429);
		assertThat(run(filter, "2001:db8:1:3::10", null).getStatus()).isEqualTo(200);
	}

	@Test
	void downloadsBeyondTheServersLimitAreTurnedAwayWhoeverAsks() throws Exception {
		CsvDownloads filter = new CsvDownloads(new ExportLimits(10_000, 1, 2));
		CountDownLatch started = new CountDownLatch(2);
		pool.submit(() -> run(filter, "203.0.113.1", started));
		pool.submit(() -> run(filter, "203.0.113.2", started));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse third = run(filter, "203.0.113.3", null);

		assertThat(third.getStatus()).isEqualTo(429);
		assertThat(third.getContentAsString(StandardCharsets.UTF_8)).contains("as many CSV downloads as it makes at once (2)");
		assertThat(run(filter, "203.0.113.3", null, "/speakers/ada/appearances.csv").getStatus()).isEqualTo(429);
		assertThat(run(filter, "203.0.113.3", null, "/search").getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse run(CsvDownloads filter, String address, CountDownLatch started) throws Exception {
		return run(filter, address, started, "/search.csv");
	}

	/** A download that, with {@code started}, runs until the test releases it. */
	private MockHttpServletResponse run(CsvDownloads filter, String address, CountDownLatch started, String path)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
			if (started != null) {
				started.countDown();
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		});
		return response;
	}

}
