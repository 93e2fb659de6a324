package org.podquote.importer.feed;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The two requests subscriptions and webhooks add to plain fetches, under the same rules: a
 * conditional GET (304, or the body with its validators) and a POST that follows no redirect.
 */
class HttpFetcherConditionalTest {

	static final NetworkRules LOOPBACK = NetworkRules.allowing(List.of("127.0.0.1"));

	HttpServer server;

	final List<String> seen = new CopyOnWriteArrayList<>();

	HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024 * 1024, LOOPBACK);

	@BeforeEach
	void serve() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/feed", exchange -> {
			String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
			String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
			seen.add(etag + " | " + since);
			exchange.getResponseHeaders().set("ETag", "\"7\"");
			exchange.getResponseHeaders().set("Last-Modified", "Tue, 03 Mar 2026 08:00:00 GMT");
			if ("\"7\"".equals(etag)) {
				exchange.sendResponseHeaders(304, -1);
			}
			else {
				byte[] body = "<rss/>".getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
			}
			exchange.close();
		});
		server.createContext("/hook", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			seen.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
					+ exchange.getRequestHeaders().getFirst("X-Test") + " " + new String(body, StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(exchange.getRequestURI().getQuery() == null ? 204 : 307, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	@Test
	void aConditionalGetGetsTheBodyAndItsValidatorsThenA304() throws Exception {
		HttpFetcher.Conditional first = fetcher.fetchIfChanged(url("/feed"), null, null);
		assertThat(first.notModified()).isFalse();
		assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
		assertThat(first.etag()).isEqualTo("\"7\"");
		assertThat(first.lastModified()).isEqualTo("Tue, 03 Mar 2026 08:00:00 GMT");

		HttpFetcher.Conditional second = fetcher.fetchIfChanged(url("/feed"), first.etag(), first.lastModified());
		assertThat(second.notModified()).isTrue();
		assertThat(second.body()).isNull();
		assertThat(second.etag()).isEqualTo("\"7\"");
		assertThat(seen).containsExactly("null | null", "\"7\" | Tue, 03 Mar 2026 08:00:00 GMT");
	}

	@Test
	void aPostSendsItsBodyAndHeadersAndFollowsNoRedirect() throws Exception {
		assertThat(fetcher.post(url("/hook"), "application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
				Map.of("X-Test", "yes"))).isEqualTo(204);
		assertThat(fetcher.post(url("/hook?moved"), "application/json", new byte[0], Map.of())).isEqualTo(307);
		assertThat(seen).containsExactly("POST application/json yes {\"a\":1}", "POST application/json null ");
	}

	@Test
	void aHeaderCannotStartAnotherHeader() {
		assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> fetcher.fetchIfChanged(url("/feed"), "\"7\"\r\nX-Evil: 1", null))
			.withMessageContaining("line break");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fetcher.post(url("/hook"), "application/json", new byte[0], Map.of("Bad Name", "x")));
		assertThat(seen).isEmpty();
	}

	@Test
	void theNetworkRulesHoldForPostsToo() {
		HttpFetcher publicOnly = new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024);
		assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> publicOnly.post(url("/hook"), "application/json", new byte[0], Map.of()))
			.withMessageContaining("refused: 127.0.0.1 is a loopback address");
		assertThat(seen).isEmpty();
	}

}
