package org.podquote.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feed cannot make the server fetch from itself or its network: with no
 * {@code podquote.fetch.allowed-hosts}, a transcript or feed URL that points at loopback (or
 * another non-public address), in any notation, is refused before any connection, reported as a
 * sentence, and leaves nothing behind: not its text, not its episode, not the podcast that only it
 * would hold. The trap servers count what reaches them: nothing may. Shares its context with the
 * other import tests, so it keeps to its own podcast.
 */
@SpringBootTest(properties = { "podquote.seed=false",
		"podquote.import.aliases.[Ada\\ Lovelace]=Countess,The Countess" })
class RefusedFetchTest {

	private static final String HINT = "; set podquote.fetch.allowed-hosts to allow it";

	private static final byte[] SECRET = "Ada Lovelace: The password is periwinkle.\n"
		.getBytes(StandardCharsets.UTF_8);

	private static LoopbackServer trap;

	/** On ::1; null on a machine without IPv6, where nothing can be reached there anyway. */
	private static LoopbackServer trap6;

	@Autowired
	ImportJob job;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void setTraps() throws IOException {
		trap = new LoopbackServer((path) -> Optional.of(SECRET));
		try {
			trap6 = new LoopbackServer("::1", (path) -> Optional.of(SECRET));
		}
		catch (IOException ex) {
			trap6 = null;
		}
	}

	@AfterAll
	static void removeTraps() {
		trap.close();
		if (trap6 != null) {
			trap6.close();
		}
	}

	@Test
	void refusesTranscriptsOnLoopbackInEveryNotationAndStoresNothingOfTheirEpisodes() {
		int port = trap.port();
		int port6 = (trap6 == null) ? port : trap6.port();
		List<String[]> cases = List.of(
				new String[] { "http://127.0.0.1:" + port + "/t.txt", "127.0.0.1 is a loopback address" },
				new String[] { "http://localhost:" + port + "/t.txt", "localhost resolves to 127.0.0.1, a loopback address" },
				new String[] { "http://2130706433:" + port + "/t.txt", "2130706433 is 127.0.0.1, a loopback address" },
				new String[] { "http://0x7f000001:" + port + "/t.txt", "0x7f000001 is 127.0.0.1, a loopback address" },
				new String[] { "http://0x7f.1:" + port + "/t.txt", "0x7f.1 is 127.0.0.1, a loopback address" },
				new String[] { "http://0177.0.0.1:" + port + "/t.txt", "0177.0.0.1 is 127.0.0.1, a loopback address" },
				new String[] { "http://127.1:" + port + "/t.txt", "127.1 is 127.0.0.1, a loopback address" },
				new String[] { "http://[::1]:" + port6 + "/t.txt", "[::1] is a loopback address" },
				new String[] { "http://[::ffff:127.0.0.1]:" + port + "/t.txt",
						"[::ffff:127.0.0.1] is 127.0.0.1, a loopback address" },
				new String[] { "http://0.0.0.0:" + port + "/t.txt", "0.0.0.0 is an unspecified address" },
				new String[] { "http://169.254.169.254/latest/meta-data/t.txt", "169.254.169.254 is a link-local address" },
				new String[] { "http://10.0.0.1/t.txt", "10.0.0.1 is a private address" });
		StringBuilder feed = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
				<channel>
				<title>Trap Radio</title>
				""");
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < cases.size(); i++) {
			// each item takes three lines, the first after the four above
			feed.append("<item>\n<title>Trap ").append(i).append("</title><guid>trap-").append(i).append("</guid>\n")
				.append("<podcast:transcript url=\"").append(cases.get(i)[0]).append("\" type=\"text/plain\"/></item>\n");
			expected.add("trap-radio.xml:" + (5 + 3 * i) + ": the transcript of \"Trap " + i + "\" was refused, so nothing of its episode was stored: "
					+ cases.get(i)[0] + ": refused: " + cases.get(i)[1] + HINT);
		}
		feed.append("</channel>\n</rss>\n");

		ImportReport report = job.importUpload("trap-radio.xml", feed.toString().getBytes(StandardCharsets.UTF_8), null);

		assertThat(report.failures()).containsExactlyElementsOf(expected);
		assertThat(trap.requested()).isEmpty();
		if (trap6 != null) {
			assertThat(trap6.requested()).isEmpty();
		}
		assertThat(report.ok()).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from podcast where title = 'Trap Radio'", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from episode where guid like 'trap-%'", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from appearance where text like '%periwinkle%'", Long.class))
			.isZero();
	}

	@Test
	void refusesAFeedUrlOnLoopbackAndImportsNothing() {
		long podcasts = jdbc.queryForObject("select count(*) from podcast", Long.class);
		String url = "http://localhost:" + trap.port() + "/feed.xml";

		ImportReport report = job.importFeedUrl(url);

		assertThat(report.failures())
			.containsExactly(url + ": refused: localhost resolves to 127.0.0.1, a loopback address" + HINT);
		assertThat(trap.requested()).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from podcast", Long.class)).isEqualTo(podcasts);
	}

}
