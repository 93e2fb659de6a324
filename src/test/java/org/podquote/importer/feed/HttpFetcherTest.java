package org.podquote.importer.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Against a server on 127.0.0.1 only: tests never reach the internet. */
class HttpFetcherTest {

	private static final byte[] FEED = "<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8);

	private static final Duration SHORT = Duration.ofMillis(400);

	private HttpServer server;

	private ExecutorService handlers;

	private String base;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.handlers = Executors.newCachedThreadPool();
		this.server.setExecutor(this.handlers);
		this.server.createContext("/feed.xml", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
			send(exchange, 200, FEED);
		});
		this.server.createContext("/old-feed", (exchange) -> {
			exchange.getResponseHeaders().set("Location", "/feed.xml");
			send(exchange, 301, new byte[0]);
		});
		this.server.createContext("/missing.xml", (exchange) -> send(exchange, 404, "no such file".getBytes()));
		this.server.createContext("/broken.xml", (exchange) -> send(exchange, 500, new byte[0]));
		this.server.createContext("/1kb", (exchange) -> send(exchange, 200, bytes(1024)));
		this.server.createContext("/4kb", (exchange) -> send(exchange, 200, bytes(4096)));
		this.server.createContext("/4kb-chunked", (exchange) -> {
			// length 0: chunked, so only counting the body can tell its size
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream body = exchange.getResponseBody()) {
				for (int i = 0; i < 8; i++) {
					body.write(bytes(512));
					body.flush();
				}
			}
		});
		this.server.createContext("/silent", (exchange) -> {
			sleep(5_000);
			send(exchange, 200, FEED);
		});
		this.server.createContext("/trickle", (exchange) -> {
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(bytes(10));
				body.flush();
				sleep(5_000);
				body.write(bytes(10));
			}
		});
		this.server.start();
		this.base = "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
		this.handlers.shutdownNow();
	}

	@Test
	void fetchesBodyTypeAndUrl() throws Exception {
		HttpFetcher.Fetched fetched = new HttpFetcher().fetch(this.base + "/feed.xml");

		assertThat(fetched.body()).isEqualTo(FEED);
		assertThat(fetched.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
		assertThat(fetched.finalUrl()).hasToString(this.base + "/feed.xml");
	}

	@Test
	void followsRedirectsAndReportsWhereItLanded() throws Exception {
		HttpFetcher.Fetched fetched = new HttpFetcher().fetch(this.base + "/old-feed");

		assertThat(fetched.body()).isEqualTo(FEED);
		assertThat(fetched.finalUrl()).hasToString(this.base + "/feed.xml");
	}

	@Test
	void reportsNotFound() {
		FetchException ex = fails(new HttpFetcher(), this.base + "/missing.xml");

		assertThat(ex.getMessage()).isEqualTo("the server answered 404 Not Found");
		assertThat(ex.describe()).isEqualTo(this.base + "/missing.xml: the server answered 404 Not Found");
	}

	@Test
	void reportsServerErrors() {
		assertThat(fails(new HttpFetcher(), this.base + "/broken.xml"))
			.hasMessage("the server answered 500 Internal Server Error");
	}

	@Test
	void acceptsABodyOfExactlyTheLimit() throws Exception {
		HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024);

		assertThat(fetcher.fetch(this.base + "/1kb").body()).hasSize(1024);
	}

	@Test
	void refusesADeclaredLengthOverTheLimit() {
		HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024);

		assertThat(fails(fetcher, this.base + "/4kb")).hasMessage("the file is larger than 1 KB");
	}

	@Test
	void stopsReadingAChunkedBodyOverTheLimit() {
		HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024);

		assertThat(fails(fetcher, this.base + "/4kb-chunked")).hasMessage("the file is larger than 1 KB");
	}

	@Test
	void namesLimitsAsPeopleWriteThem() {
		assertThat(HttpFetcher.describe(HttpFetcher.DEFAULT_MAX_BYTES)).isEqualTo("50 MB");
		assertThat(HttpFetcher.describe(2L * 1024 * 1024)).isEqualTo("2 MB");
		assertThat(HttpFetcher.describe(1024)).isEqualTo("1 KB");
		assertThat(HttpFetcher.describe(1536)).isEqualTo("1536 bytes");
		assertThat(HttpFetcher.describe(Duration.ofSeconds(1))).isEqualTo("1 second");
		assertThat(HttpFetcher.describe(Duration.ofMillis(400))).isEqualTo("400 ms");
	}

	@Test
	void givesUpOnASilentServer() {
		HttpFetcher fetcher = new HttpFetcher(SHORT, SHORT, HttpFetcher.DEFAULT_MAX_BYTES);
		long start = System.nanoTime();

		FetchException ex = fails(fetcher, this.base + "/silent");

		assertThat(ex.getMessage()).matches("no (complete )?answer within 400 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void givesUpOnABodyThatNeverEnds() {
		HttpFetcher fetcher = new HttpFetcher(SHORT, SHORT, HttpFetcher.DEFAULT_MAX_BYTES);
		long start = System.nanoTime();

		FetchException ex = fails(fetcher, this.base + "/trickle");

		assertThat(ex.getMessage()).isEqualTo("no complete answer within 400 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void reportsARefusedConnection() {
		this.server.stop(0);

		assertThat(fails(new HttpFetcher(), this.base + "/feed.xml")).hasMessage("could not connect to 127.0.0.1");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ftp://127.0.0.1/feed.xml|only http and https URLs can be fetched, not ftp:",
			"file:///etc/passwd|only http and https URLs can be fetched, not file:",
			"jar:file:/x.jar!/feed.xml|only http and https URLs can be fetched, not jar:",
			"example.com/feed.xml|not a web address: it should start with http:// or https://",
			"http:///feed.xml|the URL names no host",
			"http://exa mple.com/feed.xml|not a valid URL: Illegal character in authority",
			"'  '|no URL was given" })
	void rejectsWhatIsNotAWebAddress(String url, String message) {
		assertThat(fails(new HttpFetcher(), url)).hasMessage(message);
	}

	@Test
	void refusesNonsenseLimits() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HttpFetcher(Duration.ZERO, SHORT, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new HttpFetcher(SHORT, SHORT, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new HttpFetcher(SHORT, SHORT, Long.MAX_VALUE));
	}

	/** The failure, checked to read as a sentence rather than a Java exception. */
	private static FetchException fails(HttpFetcher fetcher, String url) {
		FetchException[] caught = new FetchException[1];
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> fetcher.fetch(url))
			.satisfies((ex) -> caught[0] = ex);
		assertThat(caught[0].getMessage()).doesNotContain("Exception").doesNotContain("\n");
		assertThat(caught[0].getUrl()).isEqualTo(url);
		return caught[0];
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static byte[] bytes(int size) {
		byte[] bytes = new byte[size];
		Arrays.fill(bytes, (byte) 'x');
		return bytes;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
