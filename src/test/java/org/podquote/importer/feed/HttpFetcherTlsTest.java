package org.podquote.importer.feed;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * https while connecting to a checked address: the socket goes to 127.0.0.1, and TLS still
 * sends and verifies the URL's name. The server's certificate is made here by {@code keytool},
 * for {@code feeds.podquote.test} only; a resolver of the test's own points that name at
 * 127.0.0.1.
 */
class HttpFetcherTlsTest {

	private static final String NAME = "feeds.podquote.test";

	private static final char[] PASSWORD = "changeit".toCharArray();

	private static final NetworkRules LOOPBACK = NetworkRules.allowing(List.of("127.0.0.1"));

	private static final NetworkRules.Resolver RESOLVER = (name) -> new InetAddress[] {
			InetAddress.getByName("127.0.0.1") };

	@TempDir
	static Path keys;

	private static HttpsServer server;

	private static ExecutorService handlers;

	private static SSLSocketFactory trusting;

	private static final List<String> hosts = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void startServer() throws Exception {
		Path store = keys.resolve("server.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "feeds", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + NAME,
				"-ext", "SAN=dns:" + NAME, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
				"-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
			.redirectErrorStream(true)
			.start();
		String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(keytool.exitValue()).as(output).isZero();
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keyStore.load(in, PASSWORD);
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(keyStore, PASSWORD);
		SSLContext serverContext = SSLContext.getInstance("TLS");
		serverContext.init(keyManagers.getKeyManagers(), null, null);
		TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trustManagers.init(keyStore);
		SSLContext clientContext = SSLContext.getInstance("TLS");
		clientContext.init(null, trustManagers.getTrustManagers(), null);
		trusting = clientContext.getSocketFactory();

		handlers = Executors.newCachedThreadPool();
		server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
		server.setExecutor(handlers);
		server.createContext("/feed.xml", (exchange) -> {
			hosts.add(exchange.getRequestHeaders().getFirst("Host"));
			byte[] body = "<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.createContext("/to-http", (exchange) -> {
			exchange.getResponseHeaders().set("Location", "http://" + NAME + "/feed.xml");
			exchange.sendResponseHeaders(301, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterAll
	static void stopServer() {
		server.stop(0);
		handlers.shutdownNow();
	}

	@Test
	void fetchesOverTlsFromTheCheckedAddressByTheUrlsName() throws Exception {
		HttpFetcher.Fetched fetched = fetcher(trusting).fetch(url(NAME, "/feed.xml"));

		assertThat(fetched.body()).asString(StandardCharsets.UTF_8).isEqualTo("<rss version=\"2.0\"/>");
		assertThat(hosts).contains(NAME + ":" + port());
	}

	@Test
	void refusesACertificateForAnotherName() {
		assertThat(fails(fetcher(trusting), url("other.podquote.test", "/feed.xml")))
			.hasMessage("the secure connection to other.podquote.test failed: its certificate is for another host");
		assertThat(fails(fetcher(trusting), url("127.0.0.1", "/feed.xml")))
			.hasMessage("the secure connection to 127.0.0.1 failed: its certificate is for another host");
	}

	@Test
	void refusesACertificateThisMachineDoesNotTrust() {
		assertThat(fails(fetcher((SSLSocketFactory) SSLSocketFactory.getDefault()), url(NAME, "/feed.xml")))
			.hasMessage("the secure connection to " + NAME
					+ " failed: its certificate is not signed by an authority this machine trusts");
	}

	@Test
	void doesNotFollowARedirectFromHttpsDownToHttp() {
		assertThat(fails(fetcher(trusting), url(NAME, "/to-http"))).hasMessage("the server redirects from https to http (http://"
				+ NAME + "/feed.xml), which is not followed");
	}

	private static HttpFetcher fetcher(SSLSocketFactory tls) {
		return new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(10), 1024, LOOPBACK, RESOLVER, tls);
	}

	private static String url(String host, String path) {
		return "https://" + host + ":" + port() + path;
	}

	private static int port() {
		return server.getAddress().getPort();
	}

	private static FetchException fails(HttpFetcher fetcher, String url) {
		FetchException[] caught = new FetchException[1];
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> fetcher.fetch(url))
			.satisfies((ex) -> caught[0] = ex);
		assertThat(caught[0].getMessage()).doesNotContain("Exception");
		return caught[0];
	}

}
