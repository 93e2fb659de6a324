package org.podquote.importer.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLSocketFactory;

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

/**
 * Against servers on 127.0.0.1 (and ::1) only: tests never reach the internet. Loopback is
 * refused unless allowed, so most tests allow 127.0.0.1 explicitly; the trap server is never
 * allowed, and counts the requests that reach it (none may).
 */
class HttpFetcherTest {

	private static final byte[] FEED = "<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8);

	private static final NetworkRules LOOPBACK = NetworkRules.allowing(List.of("127.0.0.1"));

	private static final String HINT = "; set podquote.fetch.allowed-hosts to allow it";

	private static final SSLSocketFactory DEFAULT_TLS = (SSLSocketFactory) SSLSocketFactory.getDefault();

	private static final Duration SHORT = Duration.ofMillis(400);

	private HttpServer server;

	private ExecutorService handlers;

	private String base;

	private HttpServer trap;

	private HttpServer trap6;

	private final AtomicInteger trapped = new AtomicInteger();

	private final List<String> hosts = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startServer() throws IOException {
		this.handlers = Executors.newCachedThreadPool();
		this.trap = trap("127.0.0.1");
		this.trap6 = trap("::1");
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(this.handlers);
		this.server.createContext("/host", (exchange) -> {
			this.hosts.add(exchange.getRequestHeaders().getFirst("Host"));
			send(exchange, 200, FEED);
		});
		this.server.createContext("/to-trap", (exchange) -> {
			exchange.getResponseHeaders().set("Location", trapUrl() + "/secret");
			send(exchange, 302, new byte[0]);
		});
		this.server.createContext("/to-file", (exchange) -> {
			exchange.getResponseHeaders().set("Location", "file:///etc/passwd");
			send(exchange, 301, new byte[0]);
		});
		this.server.createContext("/loop", (exchange) -> {
			exchange.getResponseHeaders().set("Location", "/loop");
			send(exchange, 307, new byte[0]);
		});
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
		this.trap.stop(0);
		if (this.trap6 != null) {
			this.trap6.stop(0);
		}
		this.handlers.shutdownNow();
	}

	@Test
	void fetchesBodyTypeAndUrl() throws Exception {
		HttpFetcher.Fetched fetched = loopback().fetch(this.base + "/feed.xml");

		assertThat(fetched.body()).isEqualTo(FEED);
		assertThat(fetched.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
		assertThat(fetched.finalUrl()).hasToString(this.base + "/feed.xml");
	}

	@Test
	void followsRedirectsAndReportsWhereItLanded() throws Exception {
		HttpFetcher.Fetched fetched = loopback().fetch(this.base + "/old-feed");

		assertThat(fetched.body()).isEqualTo(FEED);
		assertThat(fetched.finalUrl()).hasToString(this.base + "/feed.xml");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "http://127.0.0.1:PORT/secret|127.0.0.1 is a loopback address",
			"http://localhost:PORT/secret|localhost resolves to 127.0.0.1, a loopback address",
			"http://LOCALHOST.:PORT/secret|localhost. resolves to 127.0.0.1, a loopback address",
			"http://2130706433:PORT/secret|2130706433 is 127.0.0.1, a loopback address",
			"http://0x7f000001:PORT/secret|0x7f000001 is 127.0.0.1, a loopback address",
			"http://0x7f.1:PORT/secret|0x7f.1 is 127.0.0.1, a loopback address",
			"http://0177.0.0.1:PORT/secret|0177.0.0.1 is 127.0.0.1, a loopback address",
			"http://127.1:PORT/secret|127.1 is 127.0.0.1, a loopback address",
			"http://127.0.0.1.:PORT/secret|127.0.0.1. is 127.0.0.1, a loopback address",
			"http://user:pw@127.0.0.1:PORT/secret|127.0.0.1 is a loopback address",
			"http://[::ffff:127.0.0.1]:PORT/secret|[::ffff:127.0.0.1] is 127.0.0.1, a loopback address",
			"http://[::ffff:7f00:1]:PORT/secret|[::ffff:7f00:1] is 127.0.0.1, a loopback address",
			"http://0.0.0.0:PORT/secret|0.0.0.0 is an unspecified address",
			"http://[::1]:PORT6/secret|[::1] is a loopback address",
			"http://[0:0:0:0:0:0:0:1]:PORT6/secret|[0:0:0:0:0:0:0:1] is ::1, a loopback address" })
	void refusesLoopbackInEveryNotationWithoutConnecting(String url, String reason) {
		String target = url.replace("PORT6", port(this.trap6)).replace("PORT", port(this.trap));

		assertThat(fails(new HttpFetcher(), target)).hasMessage("refused: " + reason + HINT);
		assertThat(this.trapped).hasValue(0);
	}

	@Test
	void refusesARedirectFromAnAllowedHostToOneThatIsNot() {
		HttpFetcher fetcher = new HttpFetcher(SHORT, Duration.ofSeconds(5), 1024,
				NetworkRules.allowing(List.of("localhost")));
		String url = "http://localhost:" + port(this.server) + "/to-trap";

		assertThat(fails(fetcher, url)).hasMessage("refused: the server redirects to " + trapUrl()
				+ "/secret, and 127.0.0.1 is a loopback address" + HINT);
		assertThat(this.trapped).hasValue(0);
	}

	@Test
	void refusesARedirectToAnotherScheme() {
		assertThat(fails(loopback(), this.base + "/to-file")).hasMessage(
				"the server redirects to file:///etc/passwd, which is not followed: only http and https URLs can be fetched");
	}

	@Test
	void followsAtMostFiveRedirects() {
		assertThat(fails(loopback(), this.base + "/loop"))
			.hasMessage("the server redirects more than 5 times (the last time to /loop)");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "127.0.0.1|http://127.0.0.1", "127.0.0.0/8|http://127.0.0.1",
			"' localhost , 10.0.0.0/8'|http://localhost", "LocalHost|http://localhost.", "127.0.0.1|http://localhost",
			"127.0.0.1|http://2130706433", "::ffff:127.0.0.1|http://127.0.0.1" })
	void reachesWhatTheAllowListNames(String allowed, String host) throws Exception {
		HttpFetcher fetcher = new HttpFetcher(SHORT, Duration.ofSeconds(5), 1024,
				NetworkRules.allowing(List.of(allowed.split(","))));

		assertThat(fetcher.fetch(host + ":" + port(this.server) + "/feed.xml").body()).isEqualTo(FEED);
	}

	@Test
	void connectsToTheAddressItCheckedAndKeepsTheNameForTheHost() throws Exception {
		AtomicInteger lookups = new AtomicInteger();
		HttpFetcher fetcher = new HttpFetcher(SHORT, Duration.ofSeconds(5), 1024, LOOPBACK, (name) -> {
			lookups.incrementAndGet();
			// an answer only this test gives: the system resolver does not know the name
			return new InetAddress[] { InetAddress.getByName("127.0.0.1") };
		}, DEFAULT_TLS);
		String url = "http://feeds.podquote.test:" + port(this.server) + "/host";

		assertThat(fetcher.fetch(url).body()).isEqualTo(FEED);
		assertThat(lookups).hasValue(1);
		assertThat(this.hosts).containsExactly("feeds.podquote.test:" + port(this.server));
	}

	@Test
	void refusesANameWhenAnyOfItsAddressesIsRefused() throws Exception {
		InetAddress[] answer = { InetAddress.getByName("93.184.215.14"), InetAddress.getByName("127.0.0.1") };
		HttpFetcher fetcher = new HttpFetcher(SHORT, SHORT, 1024, NetworkRules.PUBLIC_ONLY, (name) -> answer,
				DEFAULT_TLS);

		assertThat(fails(fetcher, "http://rebind.podquote.test:" + port(this.trap) + "/secret")).hasMessage(
				"refused: rebind.podquote.test resolves to 127.0.0.1, a loopback address" + HINT);
		assertThat(this.trapped).hasValue(0);
	}

	@Test
	void reportsAnUnknownHost() {
		HttpFetcher fetcher = new HttpFetcher(SHORT, SHORT, 1024, NetworkRules.PUBLIC_ONLY, (name) -> {
			throw new UnknownHostException(name);
		}, DEFAULT_TLS);

		assertThat(fails(fetcher, "https://nowhere.podquote.test/feed.xml"))
			.hasMessage("unknown host nowhere.podquote.test");
	}

	@Test
	void reportsNotFound() {
		FetchException ex = fails(loopback(), this.base + "/missing.xml");

		assertThat(ex.getMessage()).isEqualTo("the server answered 404 Not Found");
		assertThat(ex.describe()).isEqualTo(this.base + "/missing.xml: the server answered 404 Not Found");
	}

	@Test
	void reportsServerErrors() {
		assertThat(fails(loopback(), this.base + "/broken.xml"))
			.hasMessage("the server answered 500 Internal Server Error");
	}

	@Test
	void acceptsABodyOfExactlyTheLimit() throws Exception {
		HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024, LOOPBACK);

		assertThat(fetcher.fetch(this.base + "/1kb").body()).hasSize(1024);
	}

	@Test
	void refusesADeclaredLengthOverTheLimit() {
		HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024, LOOPBACK);

		assertThat(fails(fetcher, this.base + "/4kb")).hasMessage("the file is larger than 1 KB");
	}

	@Test
	void stopsReadingAChunkedBodyOverTheLimit() {
		HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024, LOOPBACK);

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
		HttpFetcher fetcher = new HttpFetcher(SHORT, SHORT, HttpFetcher.DEFAULT_MAX_BYTES, LOOPBACK);
		long start = System.nanoTime();

		FetchException ex = fails(fetcher, this.base + "/silent");

		assertThat(ex.getMessage()).matches("no (complete )?answer within 400 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void givesUpOnABodyThatNeverEnds() {
		HttpFetcher fetcher = new HttpFetcher(SHORT, SHORT, HttpFetcher.DEFAULT_MAX_BYTES, LOOPBACK);
		long start = System.nanoTime();

		FetchException ex = fails(fetcher, this.base + "/trickle");

		assertThat(ex.getMessage()).isEqualTo("no complete answer within 400 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"HTTP/1.1 200 OK\\r\\nContent-Length: 100\\r\\n\\r\\nshort|the connection closed before the whole file arrived",
			"HTTP/1.1 200 OK\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n5\\r\\nab|the connection closed before the whole file arrived",
			"HTTP/1.1 200 OK\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nzz\\r\\n|the server's chunked body has a chunk without a valid size",
			"HTTP/1.1 200 OK\\r\\nContent-Length: 1, 2\\r\\n\\r\\nab|the server sent two different Content-Lengths",
			"SSH-2.0-OpenSSH_9.2\\r\\n|the server's answer is not HTTP/1.x",
			"''|the server closed the connection without answering" })
	void reportsAnAnswerItCannotRead(String answer, String message) throws Exception {
		try (ServerSocket raw = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			this.handlers.submit(() -> {
				try (Socket socket = raw.accept()) {
					socket.getOutputStream().write(answer.replace("\\r\\n", "\r\n").getBytes(StandardCharsets.US_ASCII));
				}
				return null;
			});

			assertThat(fails(loopback(), "http://127.0.0.1:" + raw.getLocalPort() + "/feed.xml")).hasMessage(message);
		}
	}

	@Test
	void reportsARefusedConnection() {
		this.server.stop(0);

		assertThat(fails(loopback(), this.base + "/feed.xml")).hasMessage("could not connect to 127.0.0.1");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ftp://127.0.0.1/feed.xml|only http and https URLs can be fetched, not ftp:",
			"file:///etc/passwd|only http and https URLs can be fetched, not file:",
			"jar:file:/x.jar!/feed.xml|only http and https URLs can be fetched, not jar:",
			"example.com/feed.xml|not a web address: it should start with http:// or https://",
			"http:///feed.xml|the URL names no host",
			"http://256.1.2.3/feed.xml|the host 256.1.2.3 is out of the range of an IPv4 address",
			"http://1.2.3.4.5/feed.xml|the host 1.2.3.4.5 has more than four parts, too many for an IPv4 address",
			"http://[fe80::1%25eth0]/feed.xml|the host [fe80::1%25eth0] names a network interface (a zone), which fetches do not accept",
			"http://example.com:99999/feed.xml|the port 99999 is not valid",
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

	private static HttpFetcher loopback() {
		return new HttpFetcher(HttpFetcher.DEFAULT_CONNECT_TIMEOUT, HttpFetcher.DEFAULT_TIMEOUT,
				HttpFetcher.DEFAULT_MAX_BYTES, LOOPBACK);
	}

	/** A server that must never be reached; null where the machine has no such address. */
	private HttpServer trap(String address) {
		HttpServer trap;
		try {
			trap = HttpServer.create(new InetSocketAddress(address, 0), 0);
		}
		catch (IOException ex) {
			return null;
		}
		trap.setExecutor(this.handlers);
		trap.createContext("/", (exchange) -> {
			this.trapped.incrementAndGet();
			send(exchange, 200, "the secret".getBytes(StandardCharsets.UTF_8));
		});
		trap.start();
		return trap;
	}

	private String trapUrl() {
		return "http://127.0.0.1:" + port(this.trap);
	}

	private static String port(HttpServer server) {
		// without IPv6 nothing listens on ::1, and nothing can be reached there either
		return (server == null) ? "1" : String.valueOf(server.getAddress().getPort());
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
