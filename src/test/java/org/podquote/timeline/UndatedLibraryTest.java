package org.podquote.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.importer.EpisodeTarget;
import org.podquote.importer.ImportJob;
import org.podquote.importer.ImportReport;
import org.podquote.importer.SharedData;
import org.podquote.importer.TranscriptImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A library as issue 11 found it, in a library of its own: three dozen Go Time transcripts, whose
 * files carry no dates (from {@code ../shared/data}: skipped where it is missing, failed under
 * {@code CI=true}), the Podcasting 2.0 feed {@code pc20rss.xml}, whose transcripts cannot be had
 * (its transcript URLs point at a loopback server that answers 404, and for one episode a cut-off
 * SRT), and one small dated episode, so that the library mixes dated and undated quotes.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.fetch.allowed-hosts=127.0.0.1",
		"podquote.admin.username=admin", "podquote.admin.password=an undated secret" })
@AutoConfigureMockMvc
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UndatedLibraryTest {

	/** The Go Time episodes imported: 1 to 30, and those where Mat Ryer speaks beyond, and a bonus without a number. */
	static final List<String> GO_TIME = Stream
		.concat(IntStream.rangeClosed(1, 30).mapToObj(n -> "go-time-" + n + ".md"),
				Stream.of("go-time-33.md", "go-time-80.md", "go-time-81.md", "go-time-82.md", "go-time-126.md",
						"go-time-bonus-77.md"))
		.toList();

	static final String CUT_OFF_SRT = "1\n00:00:00,000 --> 00:00:02,000\nDave Jones: Hello.\n\n2\n";

	private static final Pattern TRANSCRIPT_HOST = Pattern
		.compile("(<podcast:transcript\\b[^>]*?\\burl=\")https?://[^/\"]+");

	@Autowired
	ImportJob job;

	@Autowired
	TranscriptImporter importer;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	HttpServer server;

	/** What the loopback server answers for a path; any other path is a 404. */
	final Map<String, byte[]> served = new ConcurrentHashMap<>();

	@BeforeAll
	void importGoTimeTheFeedAndADatedEpisode(@TempDir Path folder) throws IOException {
		Path data = SharedData.folder("changelog-transcripts").getParent();
		Path goTime = Files.createDirectories(folder.resolve("Go Time"));
		for (String name : GO_TIME) {
			Files.copy(data.resolve("changelog-transcripts/gotime/" + name), goTime.resolve(name));
		}
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			byte[] body = served.get(exchange.getRequestURI().getPath());
			exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
			if (body != null) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
			exchange.close();
		});
		server.start();
		served.put("/PC20-57-Captions.srt", CUT_OFF_SRT.getBytes(StandardCharsets.UTF_8));
		String feed = Files.readString(data.resolve("partytime-feeds/pc20rss.xml"));
		Path rewritten = folder.resolve("pc20rss.xml");
		Files.writeString(rewritten, TRANSCRIPT_HOST.matcher(feed)
			.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "http://127.0.0.1:" + server.getAddress().getPort())));

		ImportReport goTimeReport = job.run(List.of(goTime.toString()), "Go Time", ImportJob.Progress.NONE);
		assertThat(goTimeReport.failures()).isEmpty();
		assertThat(goTimeReport.imported()).isEqualTo(GO_TIME.size());
		ImportReport feedReport = job.run(List.of(rewritten.toString()), null, ImportJob.Progress.NONE);
		assertThat(feedReport.failures()).hasSize(47);
		importer.importTranscript("dated.md", "dated.md",
				"**Ada Lovelace:** A dated word.\n\n**Charles Babbage:** Another dated word.\n"
					.getBytes(StandardCharsets.UTF_8),
				new EpisodeTarget("Dated Show", "dated-1", "A dated episode", LocalDate.now().minusMonths(1), null, null,
						List.of()));
	}

	@AfterAll
	void stopServer() {
		if (server != null) {
			server.stop(0);
		}
	}

	@Test
	@Order(1)
	void theShowPageListsGoTimeByNumberTwentyFiveAtATimeWithASearchOverTheShow() throws Exception {
		Document first = page("/podcasts/go-time");

		List<String> titles = first.select(".episode-row h3 a").eachText();
		assertThat(titles).hasSize(25).startsWith("Go Time #126", "Go Time #82", "Go Time #81", "Go Time #80",
				"Go Time #33", "Go Time #30", "Go Time #29");
		assertThat(numbers(titles)).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		assertThat(first.select("h2#episodes-heading").text()).isEqualTo("Episodes (36)");
		assertThat(first.select(".list-summary").text()).contains("Page 1 of 2").contains("have no dates");
		assertThat(first.select(".episode-row time")).isEmpty();
		assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/podcasts/go-time?page=2");
		// no episode has a date: no order by date is offered, and asking for one gives the number order
		assertThat(first.select("nav.sort a, nav.sort strong").eachText()).containsExactly("Highest number first",
				"Lowest number first");
		assertThat(page("/podcasts/go-time?sort=date").select(".episode-row h3 a").first().text())
			.isEqualTo("Go Time #126");
		Document ascending = page("/podcasts/go-time?sort=number-asc");
		assertThat(ascending.select(".episode-row h3 a").eachText()).startsWith("Go Time #1", "Go Time #2", "Go Time #3");

		Document second = page("/podcasts/go-time?page=2");
		List<String> rest = second.select(".episode-row h3 a").eachText();
		assertThat(rest).hasSize(11).startsWith("Go Time #10", "Go Time #9").endsWith("Go Time #1", "Go Time Bonus 77");
		assertThat(numbers(rest.subList(0, 10))).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		assertThat(status("/podcasts/go-time?page=3")).isEqualTo(404);

		Element search = first.selectFirst("form.podcast-search");
		assertThat(search.attr("action")).isEqualTo("/search");
		assertThat(search.select("input[type=hidden][name=podcast]").val()).isEqualTo("go-time");
		Document found = page("/search?q=gophercon&podcast=go-time");
		assertThat(found.select(".quote-card .podcast-link").eachText()).isNotEmpty().containsOnly("Go Time");
	}

	@Test
	@Order(2)
	void matRyersPageChartsHisQuotesByEpisodeNumberAndSaysWhy() throws Exception {
		long quotes = jdbc.queryForObject(
				"select count(*) from appearance a join speaker s on s.id = a.speaker_id where s.slug = 'mat-ryer'",
				Long.class);
		Document page = page("/speakers/mat-ryer");

		assertThat(page.select("#chart-title")).isEmpty();
		assertThat(page.text()).doesNotContain("No dated appearances");
		Element show = page.selectFirst(".episode-order");
		assertThat(show.select("h3").text()).isEqualTo("Go Time by episode number");
		assertThat(show.select("figcaption").text()).contains("Go Time has no dates: quotes by episode number.")
			.contains("Each bar is 5 consecutive episode numbers.");
		List<Element> bars = show.select("rect.bar");
		assertThat(bars).hasSizeLessThanOrEqualTo(EpisodeOrder.MAX_RUNS);
		assertThat(bars.stream().mapToLong(b -> Long.parseLong(b.attr("data-count"))).sum()).isEqualTo(quotes);
		assertThat(bars.stream().filter(b -> !b.attr("data-count").equals("0")).map(b -> b.attr("data-episodes")))
			.containsExactly("#33\u2013#35", "#76\u2013#80", "#81\u2013#85", "#126");
		assertThat(page.select("nav.view-switch").text()).contains("All, highest episode number first", "All, lowest episode number first");
	}

	@Test
	@Order(3)
	void chartsDrawTheDatedWithAnUndatedBarAndGoTimeByNumber() throws Exception {
		long goTime = jdbc.queryForObject("""
				select count(*) from appearance a join episode e on e.id = a.episode_id
				join podcast p on p.id = e.podcast_id where p.slug = 'go-time'""", Long.class);
		long numbered = jdbc.queryForObject("""
				select count(*) from appearance a join episode e on e.id = a.episode_id
				join podcast p on p.id = e.podcast_id where p.slug = 'go-time' and e.number is not null""", Long.class);
		Document page = page("/charts");

		Element dated = page.selectFirst("figure:has(#chart-title)");
		assertThat(dated.select("rect.undated-bar").attr("data-count")).isEqualTo(String.valueOf(goTime));
		assertThat(dated.select("rect.bar:not(.undated-bar)").stream().mapToLong(b -> Long.parseLong(b.attr("data-count"))).sum())
			.isEqualTo(2);
		assertThat(dated.select("figcaption").text()).contains("The last bar, Undated");
		Element byNumber = page.selectFirst(".episode-order");
		assertThat(byNumber.select("h3").text()).isEqualTo("Go Time by episode number");
		assertThat(byNumber.select("figcaption").text()).contains("Go Time has no dates: quotes by episode number.")
			.contains("in undated episodes without a number");
		assertThat(byNumber.select("rect.bar").stream().mapToLong(b -> Long.parseLong(b.attr("data-count"))).sum())
			.isEqualTo(numbered);
		assertThat(byNumber.select("rect.bar").first().attr("data-episodes")).isEqualTo("#1\u2013#5");
		assertThat(page.select("section:has(h2:contains(since)) .ranking-note").eachText())
			.allSatisfy(note -> assertThat(note).startsWith("Dated episodes only"));
		assertThat(page.select("section:has(h2:contains(people since)) .ranking li").text()).contains("Ada Lovelace");
	}

	@Test
	@Order(4)
	void feedEpisodesWithoutQuotesSayWhyAndOfferNoEmptyDownloads() throws Exception {
		Document none = page(episodeOf(jdbc.queryForObject("""
				select min(e.guid) from episode e join podcast p on p.id = e.podcast_id where p.title = 'Podcasting 2.0'
				and not exists (select 1 from transcript_source s where s.episode_id = e.id)""", String.class)));
		Document unfetched = page(episodeOf("PC2056"));
		Document unreadable = page(episodeOf("PC2057"));

		assertThat(none.select(".empty-transcript").text()).contains("The feed names no transcript for this episode");
		assertThat(unfetched.select(".empty-transcript").text()).contains("could not be fetched")
			.contains("/PC20-56-Captions.srt: the server answered 404");
		assertThat(unreadable.select(".empty-transcript").text()).contains("could not be read")
			.contains("PC20-57-Captions.srt:5: cue 2 has no timing line");
		for (Document page : List.of(none, unfetched, unreadable)) {
			assertThat(page.select(".downloads, ol.transcript, form.episode-search")).isEmpty();
			assertThat(page.select("form.refetch-form")).isEmpty();
		}
		Document home = page("/");
		assertThat(home.select(".show-list a").eachText()).containsExactly("Dated Show", "Go Time");
		assertThat(home.select(".show-list li").last().text()).contains("episodes without dates");
	}

	@Test
	@Order(5)
	void searchesSayWhatTheyCannotSortAndCountTheUndatedInTheFacets() throws Exception {
		Document page = page("/search?q=gophercon");

		assertThat(page.select(".facet-undated").text()).startsWith("Undated");
		assertThat(page.select("nav.sort")).isEmpty();
		Document sorted = page("/search?q=gophercon&sort=newest");
		assertThat(sorted.select("nav.sort .sort-basis").text()).contains("no match has a date");
		String read = page.select(".quote-card a.quote-link:contains(Read in the episode)").first().attr("href");
		assertThat(read).matches("/podcasts/go-time/episodes/go-time-\\d+\\?q=gophercon#a\\d+");
		Document episode = page(read.substring(0, read.indexOf('#')));
		Element target = episode.getElementById(read.substring(read.indexOf('#') + 1));
		assertThat(target.hasClass("match")).isTrue();
		assertThat(target.select("mark").text()).containsIgnoringCase("gophercon");
	}

	@Test
	@Order(6)
	void everyMatchedParagraphOfAnEpisodeSaysWhoSpeaks() throws Exception {
		Document page = page("/podcasts/go-time/episodes/go-time-1?q=go");

		List<Element> matched = page.select("li.turn.match");
		assertThat(matched).hasSizeGreaterThan(20);
		assertThat(matched).allSatisfy(turn -> assertThat(turn.select(".turn-head .speaker-link, .turn-head .voice"))
			.as(turn.id()).hasSize(1));
		// without a search, a turn's later paragraphs leave the name out
		assertThat(page("/podcasts/go-time/episodes/go-time-1").select("li.turn:not(:has(.speaker-link))")).isNotEmpty();
	}

	@Test
	@Order(7)
	void topicsAreNoFillerAndEachFindsWhatItLinksTo() throws Exception {
		for (String path : List.of("/topics", "/topics?speaker=mat-ryer")) {
			Document topics = page(path);
			List<String> terms = topics.select(".topic-cloud a").eachText();
			assertThat(terms).as(path).isNotEmpty().doesNotContain("laughter", "yeah", "gonna", "wanna", "stuff", "kinda");
			for (Element link : topics.select(".topic-cloud a")) {
				Document search = page(link.attr("href"));
				assertThat(search.select(".quote-card")).as(path + ": " + link.attr("href")).isNotEmpty();
			}
		}
	}

	@Test
	@Order(8)
	void theAdminFetchesAFailedTranscriptAgain() throws Exception {
		String episode = episodeOf("PC2056");
		assertThat(Jsoup.parse(mvc.perform(get(episode).with(user("admin").roles("ADMIN"))).andReturn()
			.getResponse()
			.getContentAsString()).select("form.refetch-form").attr("action"))
			.isEqualTo(episode.replace("/podcasts/", "/admin/podcasts/") + "/transcript");
		served.put("/PC20-56-Captions.srt",
				Files.readAllBytes(SharedData.folder("podcast-namespace").resolve("docs/examples/transcripts/example.srt")));

		MvcResult retried = mvc.perform(post(episode.replace("/podcasts/", "/admin/podcasts/") + "/transcript")
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andReturn();

		assertThat(retried.getResponse().getRedirectedUrl()).isEqualTo(episode);
		assertThat(retried.getFlashMap().get("refetched").toString()).contains("imported=true");
		Document page = page(episode);
		assertThat(page.select("ol.transcript li")).isNotEmpty();
		assertThat(page.select(".empty-transcript")).isEmpty();
		assertThat(jdbc.queryForObject("""
				select count(*) from transcript_source s join episode e on e.id = s.episode_id
				where e.guid = 'PC2056' and s.role in ('UNFETCHED', 'UNREADABLE')""", Long.class)).isZero();
	}

	private String episodeOf(String guid) {
		return jdbc.queryForObject("""
				select '/podcasts/' || p.slug || '/episodes/' || e.slug from episode e join podcast p on p.id = e.podcast_id
				where e.guid = ?""", String.class, guid);
	}

	private static List<Integer> numbers(List<String> titles) {
		List<Integer> numbers = new ArrayList<>();
		for (String title : titles) {
			numbers.add(Integer.parseInt(title.substring(title.indexOf('#') + 1)));
		}
		return numbers;
	}

	/** The page at a path as a link gives it, already encoded. */
	private Document page(String path) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(path))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private int status(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

}
