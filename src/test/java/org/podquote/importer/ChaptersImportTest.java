package org.podquote.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A feed's {@code podcast:chapters} (fetched from loopback, allowed as {@code localhost}) and
 * {@code podcast:soundbite}s become the episode's table of contents and marked moments, and its
 * {@code podcast:person img/href} the person's picture and page; what cannot be had is noted and
 * changes nothing.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.fetch.allowed-hosts=localhost",
		"podquote.test.context=chapters" })
@AutoConfigureMockMvc
class ChaptersImportTest {

	private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

	private static LoopbackServer server;

	@Autowired
	ImportJob job;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void serve() throws IOException {
		server = new LoopbackServer((path) -> Optional.ofNullable(FILES.get(path)));
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void importsChaptersAsATableOfContentsAndSoundbitesAsMoments() throws Exception {
		put("/cc/feed.xml", feed("Chapter Cast", "cc-1", "/cc/chapters.json", "https://audio.example/cc-1.mp3"));
		put("/cc/t.vtt", VTT);
		put("/cc/chapters.json", """
				{"version": "1.2.0", "chapters": [
				  {"startTime": 42.5, "title": "The loom", "url": "https://loom.example/history"},
				  {"startTime": 0, "title": "  Welcome\\n and   hello "},
				  {"startTime": 30, "title": "A silent marker", "toc": false},
				  {"startTime": "75", "endTime": 90, "title": "Goodbye", "url": "javascript:alert(1)"},
				  {"title": "No start, no chapter"}
				]}""");
		ImportReport report = job.run(List.of(url("/cc/feed.xml")), null, ImportJob.Progress.NONE);
		assertThat(report.failures()).isEmpty();

		assertThat(jdbc.queryForList("""
				select c.position, c.start_ms, c.end_ms, c.title, c.url from chapter c join episode e on e.id = c.episode_id
				where e.guid = 'cc-1' order by c.position"""))
			.extracting(r -> tuple(r.get("POSITION"), r.get("START_MS"), r.get("END_MS"), r.get("TITLE"), r.get("URL")))
			.containsExactly(tuple(0, 0L, null, "Welcome and hello", null),
					tuple(1, 42_500L, null, "The loom", "https://loom.example/history"),
					tuple(2, 75_000L, 90_000L, "Goodbye", null));
		assertThat(jdbc.queryForList("""
				select s.start_ms, s.duration_ms, s.title from soundbite s join episode e on e.id = s.episode_id
				where e.guid = 'cc-1' order by s.start_ms"""))
			.extracting(r -> tuple(r.get("START_MS"), r.get("DURATION_MS"), r.get("TITLE")))
			.containsExactly(tuple(42_000L, 5_500L, "Flowers and leaves"));

		Document page = page("/podcasts/chapter-cast/episodes/cc-1-title");
		assertThat(page.select("nav.chapters li").eachText()).containsExactly("0:00 Welcome and hello",
				"0:42 The loom Link", "1:15 Goodbye");
		assertThat(page.select("nav.chapters a.play-link").eachAttr("data-play")).containsExactly("0", "42", "75");
		assertThat(page.select("nav.chapters li").eachAttr("data-end-ms")).containsExactly("42500", "75000", "90000");
		assertThat(page.select("nav.chapters a.chapter-link").eachAttr("href")).containsExactly("https://loom.example/history");
		assertThat(page.select("#soundbites a.play-link").attr("href")).endsWith("?t=42&end=48");
		assertThat(page.select("#soundbites li").text()).isEqualTo("0:42\u20130:48 Flowers and leaves");
		// the passage that starts inside the soundbite is marked as a moment, the other is not
		assertThat(page.select("li.turn.in-soundbite .turn-text").eachText())
			.containsExactly("Just as the loom weaves flowers and leaves.");
		assertThat(page.select("li.turn").eachAttr("data-start-ms")).containsExactly("5000", "42000");
	}

	@Test
	void keepsThePersonsPictureAndPageFromTheFeedButOnlyOverHttp() throws Exception {
		put("/pp/feed.xml", feed("Picture Pod", "pp-1", null, null));
		put("/pp/t.vtt", VTT.replace("/cc/", "/pp/"));
		job.run(List.of(url("/pp/feed.xml")), null, ImportJob.Progress.NONE);
		assertThat(jdbc.queryForList("select name, image_url, link_url from speaker where name in ('Ada Lovelace', 'Charles Babbage') order by name"))
			.extracting(r -> tuple(r.get("NAME"), r.get("IMAGE_URL"), r.get("LINK_URL")))
			.containsExactly(tuple("Ada Lovelace", "https://img.example/ada.jpg", "https://ada.example/"),
					tuple("Charles Babbage", null, null));
		Document person = page("/speakers/ada-lovelace");
		assertThat(person.select(".person-picture").attr("src")).isEqualTo("https://img.example/ada.jpg");
		assertThat(person.select(".person-link").attr("href")).isEqualTo("https://ada.example/");
		assertThat(page("/speakers/charles-babbage").select(".person-picture, .person-link")).isEmpty();
	}

	@Test
	void aChaptersFileThatCannotBeHadIsNotedAndKeepsTheChaptersItHad() throws Exception {
		put("/gone/feed.xml", feed("Gone Chapters", "gone-1", "/gone/chapters.json", null));
		put("/gone/t.vtt", VTT.replace("/cc/", "/gone/"));
		put("/gone/chapters.json", "{\"chapters\": [{\"startTime\": 1, \"title\": \"First\"}]}");
		job.run(List.of(url("/gone/feed.xml")), null, ImportJob.Progress.NONE);
		assertThat(chapterTitles("gone-1")).containsExactly("First");

		put("/gone/chapters.json", "{\"chapters\": [{\"startTime\": 1, \"title\": \"First\"} oops");
		ImportReport broken = job.run(List.of(url("/gone/feed.xml")), null, ImportJob.Progress.NONE);
		assertThat(broken.failures()).isEmpty();
		assertThat(broken.notes()).anySatisfy(note -> assertThat(note)
			.startsWith(url("/gone/feed.xml") + ":5: the chapters of \"gone-1 title\" could not be read: "
					+ url("/gone/chapters.json") + ":1: not JSON chapters"));
		assertThat(chapterTitles("gone-1")).containsExactly("First");

		FILES.remove("/gone/chapters.json");
		ImportReport missing = job.run(List.of(url("/gone/feed.xml")), null, ImportJob.Progress.NONE);
		assertThat(missing.notes()).anySatisfy(note -> assertThat(note).contains("could not be fetched").contains("404"));
		assertThat(chapterTitles("gone-1")).containsExactly("First");

		put("/gone/chapters.json", "{\"chapters\": [{\"startTime\": 2, \"title\": \"Second\"}]}");
		job.run(List.of(url("/gone/feed.xml")), null, ImportJob.Progress.NONE);
		assertThat(chapterTitles("gone-1")).containsExactly("Second");
	}

	@Test
	void chaptersOnALoopbackAddressAreRefusedByTheNetworkRules() {
		String refused = "http://127.0.0.1:" + server.port() + "/nr/chapters.json";
		put("/nr/feed.xml", feed("Refused Chapters", "nr-1", refused, null));
		put("/nr/t.vtt", VTT.replace("/cc/", "/nr/"));
		put("/nr/chapters.json", "{\"chapters\": [{\"startTime\": 1, \"title\": \"Never\"}]}");
		ImportReport report = job.run(List.of(url("/nr/feed.xml")), null, ImportJob.Progress.NONE);
		assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("could not be fetched")
			.contains("refused: 127.0.0.1 is a loopback address"));
		assertThat(server.requested()).doesNotContain("/nr/chapters.json");
		assertThat(chapterTitles("nr-1")).isEmpty();
	}

	private List<String> chapterTitles(String guid) {
		return jdbc.queryForList("""
				select c.title from chapter c join episode e on e.id = c.episode_id where e.guid = ? order by c.position""",
				String.class, guid);
	}

	private Document page(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	/** A feed of one item with a transcript beside it, its chapters (a path here, or a whole URL) and a soundbite. */
	private static String feed(String show, String guid, String chapters, String audio) {
		String folder = "/" + guid.replaceAll("-\\d+$", "");
		String chaptersTag = chapters == null ? ""
				: "<podcast:chapters url=\"" + (chapters.startsWith("http") ? chapters : url(chapters))
						+ "\" type=\"application/json+chapters\"/>";
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
				<channel>
				<title>%s</title>
				<item>
				<guid>%s</guid>
				<title>%s title</title>
				%s
				<podcast:transcript url="%s" type="text/vtt"/>
				<podcast:soundbite startTime="42" duration="5.5">Flowers   and leaves</podcast:soundbite>
				<podcast:soundbite startTime="soon" duration="5">Not a time</podcast:soundbite>
				<podcast:person role="host" img="https://img.example/ada.jpg" href="https://ada.example/">Ada Lovelace</podcast:person>
				<podcast:person role="guest" img="javascript:alert(1)" href="file:///etc/passwd">Charles Babbage</podcast:person>
				%s
				</item>
				</channel>
				</rss>
				""".formatted(show, guid, guid, chaptersTag, url(folder + "/t.vtt"),
				audio == null ? "" : "<enclosure url=\"" + audio + "\" type=\"audio/mpeg\" length=\"1\"/>");
	}

	private static void put(String path, String body) {
		FILES.put(path, body.getBytes(StandardCharsets.UTF_8));
	}

	private static String url(String path) {
		return "http://localhost:" + server.port() + path;
	}

	static final String VTT = """
			WEBVTT

			00:00:05.000 --> 00:00:09.000
			<v Ada Lovelace>The engine weaves algebraic patterns.

			00:00:42.000 --> 00:00:47.000
			<v Charles Babbage>Just as the loom weaves flowers and leaves.
			""";

}
