package org.podquote;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code subscribe} and {@code refresh} as a user runs them, on a library on disk, against a feed
 * served on loopback (allowed for this test only): the first import, a 304 on the next round, a
 * failure that sets the exit code.
 */
class FollowCommandsTest {

	@TempDir
	Path home;

	HttpServer server;

	final AtomicInteger status = new AtomicInteger(200);

	@BeforeEach
	void serve() throws Exception {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		byte[] feed = ("""
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>Dock Notes</title>
				<item><title>Low Tide</title><guid>dock-1</guid>
				<podcast:transcript url="%s/t/1.vtt" type="text/vtt"/></item>
				</channel></rss>""".formatted(base)).getBytes(StandardCharsets.UTF_8);
		byte[] vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Dora Dock>The tide is out past the second post.\n"
			.getBytes(StandardCharsets.UTF_8);
		server.createContext("/feed.xml", exchange -> {
			exchange.getResponseHeaders().set("ETag", "\"1\"");
			if (status.get() != 200) {
				exchange.sendResponseHeaders(status.get(), -1);
			}
			else if ("\"1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.sendResponseHeaders(304, -1);
			}
			else {
				exchange.sendResponseHeaders(200, feed.length);
				exchange.getResponseBody().write(feed);
			}
			exchange.close();
		});
		server.createContext("/t/1.vtt", exchange -> {
			exchange.sendResponseHeaders(200, vtt.length);
			exchange.getResponseBody().write(vtt);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void subscribeImportsTheFeedAndRefreshChecksItAgain() {
		String feed = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";

		Run subscribed = run("subscribe", feed);
		assertThat(subscribed.code()).isZero();
		assertThat(subscribed.out()).contains("Subscribed: " + feed, feed + ": 1 new episode (1 file: 1 imported");

		Run refreshed = run("refresh");
		assertThat(refreshed.code()).isZero();
		assertThat(refreshed.out()).contains(feed + ": not modified", "1 feed checked");

		status.set(503);
		Run failed = run("refresh");
		assertThat(failed.code()).isEqualTo(1);
		assertThat(failed.err()).contains(feed + ": failed: " + feed + ": the server answered 503 Service Unavailable");
		assertThat(failed.out()).contains("1 feed checked, 1 failed");
	}

	/**
	 * An import by the command line records the new matches of the saved searches (matched at once,
	 * or kept for later when the command indexes in the background); the next refresh sends them.
	 */
	@Test
	void quotesTheImportCommandAddsAreMatchedAndPostedByTheNextRefresh() throws Exception {
		List<String> posted = new CopyOnWriteArrayList<>();
		server.createContext("/hook", exchange -> {
			posted.add(exchange.getRequestHeaders().getFirst("X-Podquote-Signature") + " "
					+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		String hook = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
		assertThat(run("refresh").code()).isZero();
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/podquote"), "sa", "")) {
			db.createStatement().executeUpdate("insert into saved_search (name, q, webhook_url, secret, created_at) "
					+ "values ('Tides', 'tide', '" + hook + "', 'the secret', current_timestamp)");
		}
		Path file = home.resolve("harbour.md");
		Files.writeString(file, "**Dora Dock:** High tide comes at noon.\n\n**Bo Boat:** The nets are dry.\n");
		assertThat(run("import", "--podcast=Harbour", file.toString()).code()).isZero();
		assertThat(posted).isEmpty();
		Run refreshed = run("refresh");
		assertThat(refreshed.out()).contains("Webhooks: 1 delivered");
		assertThat(posted).hasSize(1);
		String body = posted.get(0).substring(posted.get(0).indexOf(' ') + 1);
		assertThat(posted.get(0)).startsWith(org.podquote.alert.Alerts.signature("the secret",
				body.getBytes(StandardCharsets.UTF_8)) + " ");
		assertThat(body).contains("High tide comes at noon.").doesNotContain("nets are dry");
		assertThat(run("refresh").out()).doesNotContain("Webhooks");
		assertThat(posted).hasSize(1);
	}

	@Test
	void subscribeWithoutAUrlSaysHowToCallIt() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = PodquoteApplication.runCommand("subscribe", new String[] { "--podquote.home=" + home },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar podquote.jar subscribe");
		assertThat(home.resolve("db")).doesNotExist();
	}

	record Run(int code, String out, String err) {
	}

	/** The command as a user types it; the commands print to the process's own streams. */
	private Run run(String command, String... args) {
		// the tests' configuration puts the library in memory; a user's is on disk, as here
		String[] all = new String[args.length + 4];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--podquote.home=" + home;
		all[args.length + 1] = "--podquote.fetch.allowed-hosts=127.0.0.1";
		all[args.length + 2] = "--spring.datasource.url=jdbc:h2:file:" + home.resolve("db/podquote");
		all[args.length + 3] = "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem";
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
			int code = PodquoteApplication.runCommand(command, all);
			return new Run(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

}
