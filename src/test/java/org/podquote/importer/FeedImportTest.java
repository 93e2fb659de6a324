package org.podquote.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A feed and its transcripts fetched over HTTP from 127.0.0.1, reached as {@code localhost}: the
 * fixture feed names {@code http://transcripts.example}, which is rewritten to the loopback
 * server's address. Loopback is refused unless allowed, so this test allows the name
 * {@code localhost}, and only that name: 127.0.0.1 written as an address stays refused. Other
 * tests may share its context, so it keeps to its own podcast or compares counts.
 */
@SpringBootTest(properties = { "podquote.seed=false",
		"podquote.import.aliases.[Ada\\ Lovelace]=Countess,The Countess", "podquote.fetch.allowed-hosts=localhost" })
class FeedImportTest {

	private static final String FEED_PATH = "/feeds/loopback-radio.xml";

	private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

	private static LoopbackServer server;

	private static String feed;

	/** The first import of the feed in this context. */
	private static ImportReport firstImport;

	/** The app that made it: once per app, not per JVM, as a subclass runs these tests on PostgreSQL too. */
	private static ImportJob importedBy;

	@Autowired
	ImportJob job;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void serveTheFeed() throws IOException {
		server = new LoopbackServer((path) -> Optional.ofNullable(FILES.get(path)));
		feed = resource("feed/loopback-radio.xml").replace("http://transcripts.example", base());
		FILES.put(FEED_PATH, feed.getBytes(StandardCharsets.UTF_8));
		// no /t/3.json: that transcript answers 404
		for (String name : List.of("1.json", "1.srt", "2.vtt")) {
			FILES.put("/t/" + name, resource("feed/" + name).getBytes(StandardCharsets.UTF_8));
		}
	}

	@AfterAll
	static void stopServing() {
		server.close();
	}

	@BeforeEach
	void importTheFeedOnce() {
		if (importedBy != job) {
			firstImport = job.run(List.of(feedUrl()), null, ImportJob.Progress.NONE);
			importedBy = job;
		}
	}

	@Test
	void importsThePodcastFromTheChannelAndEachItemAsAnEpisode() {
		assertThat(firstImport.files()).isEqualTo(2);
		assertThat(firstImport.imported()).isEqualTo(2);
		assertThat(jdbc.queryForList("select slug from podcast where title = 'Loopback Radio'", String.class))
			.containsExactly("loopback-radio");
		assertThat(jdbc.queryForList("""
				select e.guid, e.title, e.published_on, e.duration_seconds, e.audio_url
				from episode e join podcast p on p.id = e.podcast_id where p.title = 'Loopback Radio'
				order by e.guid"""))
			.extracting(row -> tuple(row.get("GUID"), row.get("TITLE"),
					((Date) row.get("PUBLISHED_ON")).toLocalDate(), row.get("DURATION_SECONDS"), row.get("AUDIO_URL")))
			.containsExactly(
					tuple("loopback-1", "Episode 1: Two Transcripts", LocalDate.of(2026, 3, 2), 2530,
							"https://loopback.example/audio/1.mp3"),
					tuple("loopback-2", "Episode 2: Channel People", LocalDate.of(2026, 2, 23), 1830,
							"https://loopback.example/audio/2.mp3"),
					tuple("loopback-3", "Episode 3: Lost Transcript", LocalDate.of(2026, 2, 16), 900,
							"https://loopback.example/audio/3.mp3"));
	}

	@Test
	void choosesTheRichestTranscriptOfAnItem() {
		// the item names its SRT first and its JSON second; JSON tells more
		assertThat(jdbc.queryForMap("""
				select s.format, s.location from transcript_source s join episode e on e.id = s.episode_id
				where e.guid = 'loopback-1'"""))
			.containsEntry("FORMAT", "json")
			.containsEntry("LOCATION", base() + "/t/1.json");
		assertThat(server.requested()).contains("/t/1.json").doesNotContain("/t/1.srt");
		assertThat(jdbc.queryForList("""
				select s.name, a.text, a.start_ms from appearance a join episode e on e.id = a.episode_id
				join speaker s on s.id = a.speaker_id where e.guid = 'loopback-1' order by a.position"""))
			.extracting(row -> tuple(row.get("NAME"), row.get("TEXT"), row.get("START_MS")))
			.containsExactly(tuple("Omar Item", "Hello listeners.", 0L),
					tuple("Gwen Guest", "Tangerine telescopes everywhere.", 1_200L));
		assertThat(jdbc.queryForMap("""
				select s.format, s.appearance_count from transcript_source s join episode e on e.id = s.episode_id
				where e.guid = 'loopback-2'"""))
			.containsEntry("FORMAT", "vtt")
			.containsEntry("APPEARANCE_COUNT", 1);
	}

	@Test
	void creditsThePersonsOfEachItemElseThoseOfTheChannel() {
		assertThat(credits("loopback-1")).containsExactly(tuple("Gwen Guest", "guest"), tuple("Omar Item", "host"));
		assertThat(credits("loopback-2")).containsExactly(tuple("Rita Channel", "host"));
		assertThat(credits("loopback-3")).containsExactly(tuple("Lola Lost", "guest"));
	}

	@Test
	void keepsAnEpisodeWhoseTranscriptIsMissingAndReportsIt() {
		assertThat(firstImport.failures()).containsExactly(feedUrl() + ":" + lineOfItem(3)
				+ ": the transcript of \"Episode 3: Lost Transcript\" could not be fetched: " + base()
				+ "/t/3.json: the server answered 404 Not Found");
		assertThat(jdbc.queryForObject("""
				select count(*) from appearance a join episode e on e.id = a.episode_id where e.guid = 'loopback-3'""",
				Long.class))
			.isZero();
		// no transcript is recorded, only why there is none, for the episode's page
		assertThat(jdbc.queryForList("""
				select s.role, s.location, s.sha256, s.errors from transcript_source s join episode e on e.id = s.episode_id
				where e.guid = 'loopback-3'""")).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("ROLE", "UNFETCHED")
				.containsEntry("LOCATION", base() + "/t/3.json")
				.containsEntry("SHA256", null)
				.containsEntry("ERRORS", base() + "/t/3.json: the server answered 404 Not Found"));
	}

	@Test
	void importingTheFeedAgainChangesNothing() {
		Map<String, Long> counts = LibraryRows.count(jdbc);
		Map<String, List<Long>> ids = LibraryRows.ids(jdbc);

		ImportReport again = job.run(List.of(feedUrl()), null, ImportJob.Progress.NONE);

		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(again.imported() + again.replaced()).isZero();
		assertThat(again.failures()).isEqualTo(firstImport.failures());
		assertThat(LibraryRows.count(jdbc)).isEqualTo(counts);
		assertThat(LibraryRows.ids(jdbc)).isEqualTo(ids);
	}

	@Test
	void reportsAnEpisodeTheLibraryCannotHoldAndGoesOn() {
		String title = "A title far too long ".repeat(60);
		FILES.put("/feeds/long-titles.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
				<channel>
				<title>Long Titles</title>
				<item><title>%s</title><guid>long-1</guid>
				<podcast:transcript url="/t/2.vtt" type="text/vtt"/></item>
				<item><title>%s</title><guid>long-2</guid></item>
				<item><title>Short enough</title><guid>long-3</guid>
				<podcast:transcript url="/t/2.vtt" type="text/vtt"/></item>
				</channel>
				</rss>
				""".formatted(title, title).getBytes(StandardCharsets.UTF_8));
		String url = base() + "/feeds/long-titles.xml";

		ImportReport report = job.run(List.of(url), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).hasSize(2)
			.satisfiesExactly(
					(failure) -> assertThat(failure)
						.startsWith(base() + "/t/2.vtt: could not be stored: ")
						.containsIgnoringCase("title"),
					(failure) -> assertThat(failure)
						.startsWith(url + ":7: the episode could not be stored: ")
						.containsIgnoringCase("title"));
		assertThat(report.imported()).isEqualTo(1);
		assertThat(jdbc.queryForList("""
				select e.guid from episode e join podcast p on p.id = e.podcast_id where p.title = 'Long Titles'""",
				String.class))
			.containsExactly("long-3");
	}

	@Test
	void refusesATranscriptThatRedirectsToALoopbackAddressNotAllowedAndStoresNothingOfIt() throws IOException {
		byte[] secret = "Ada Lovelace: The password is periwinkle.\n".getBytes(StandardCharsets.UTF_8);
		try (LoopbackServer other = new LoopbackServer((path) -> Optional.of(secret))) {
			// the allowed name redirects to 127.0.0.1 written as an address, on another port: not allowed
			server.redirect("/t/moved.txt", other.base() + "/secret.txt");
			FILES.put("/feeds/redirected.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
					<channel>
					<title>Redirected Radio</title>
					<item>
					<title>Moved</title><guid>redirected-1</guid>
					<podcast:transcript url="/t/moved.txt" type="text/plain"/>
					</item>
					</channel>
					</rss>
					""".getBytes(StandardCharsets.UTF_8));
			String url = base() + "/feeds/redirected.xml";

			ImportReport report = job.run(List.of(url), null, ImportJob.Progress.NONE);

			assertThat(report.failures()).containsExactly(url + ":5: the transcript of \"Moved\" was refused, so nothing of its episode was stored: "
					+ base() + "/t/moved.txt: refused: the server redirects to " + other.base()
					+ "/secret.txt, and 127.0.0.1 is a loopback address; set podquote.fetch.allowed-hosts to allow it");
			assertThat(server.requested()).contains("/feeds/redirected.xml", "/t/moved.txt");
			assertThat(other.requested()).isEmpty();
		}
		assertThat(jdbc.queryForObject("select count(*) from podcast where title = 'Redirected Radio'", Long.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from episode where guid = 'redirected-1'", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from appearance where text like '%periwinkle%'", Long.class))
			.isZero();
	}

	private List<Tuple> credits(String guid) {
		return jdbc.queryForList("""
				select s.name, c.role from credit c join speaker s on s.id = c.speaker_id
				join episode e on e.id = c.episode_id where e.guid = ? order by s.name""", guid)
			.stream()
			.map(row -> tuple(row.get("NAME"), row.get("ROLE")))
			.toList();
	}

	/** The 1-based line of the feed where its n-th {@code <item>} starts. */
	private static int lineOfItem(int n) {
		String[] lines = feed.split("\n", -1);
		int seen = 0;
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].strip().equals("<item>") && ++seen == n) {
				return i + 1;
			}
		}
		throw new IllegalStateException("the feed has no item " + n);
	}

	private static String feedUrl() {
		return base() + FEED_PATH;
	}

	/** The server by the one name the allow-list names. */
	private static String base() {
		return server.base("localhost");
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = FeedImportTest.class.getResourceAsStream("/importer/import/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
