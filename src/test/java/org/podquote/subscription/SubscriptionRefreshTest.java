package org.podquote.subscription;

import org.podquote.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A subscription followed through rounds against a feed served on loopback that changes between
 * them: the first import, a 304 to the ETag sent back, a new item, a 500, an answer that never
 * comes, malformed XML, and recovery. Rounds are driven by calling the service with the app's
 * clock moved by hand; the schedule is off in tests, and the jitter is fixed at none.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.fetch.allowed-hosts=127.0.0.1",
		"podquote.import.fetch-timeout=1s", "podquote.admin.username=admin",
		"podquote.admin.password=correct horse battery" })
@AutoConfigureMockMvc
class SubscriptionRefreshTest {

	static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

	static final MutableClock CLOCK = new MutableClock(START);

	static FeedServer server;

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		Clock testClock() {
			return CLOCK;
		}

	}

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void serve() throws Exception {
		CLOCK.set(START);
		server = new FeedServer();
		server.file("/t/1.vtt", vtt("Hana Host", "Welcome aboard, this is the first crossing of the harbour.", "Gus Guest",
				"I counted eleven ships at dawn."));
		server.file("/t/2.vtt", vtt("Hana Host", "The second crossing starts in fog.", "Fay Fisher",
				"Fog is when the lighthouse earns its keep."));
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void followsAFeedThroughItsChanges() {
		subscriptions.random(() -> 0.5);
		String first = FeedServer.rss(server.base(), "harbour-1|First Crossing|/t/1.txt|Gus Guest");
		server.answer(new FeedServer.Feed(first, "\"v1\""));

		// round 1: subscribing imports the feed: its episode, the richest transcript (VTT over text), the credits
		Subscriptions.Subscribed subscribed = subscriptions.subscribe(server.feedUrl());
		long id = subscribed.subscription().getId();
		assertThat(subscribed.first().status()).isEqualTo(Subscriptions.Status.NEW);
		assertThat(subscribed.first().newEpisodes()).isEqualTo(1);
		assertThat(episodes()).containsExactly("First Crossing");
		assertThat(quotes("harbour-1")).containsExactly("Welcome aboard, this is the first crossing of the harbour.",
				"I counted eleven ships at dawn.");
		// the item names its own people, which stand for the channel's (Podcasting 2.0)
		assertThat(credits("harbour-1")).containsExactly("Gus Guest: guest");
		Subscription s = subscription(id);
		assertThat(s.getTitle()).isEqualTo("Harbour Talk");
		assertThat(s.getEtag()).isEqualTo("\"v1\"");
		assertThat(s.getLastModified()).isEqualTo(FeedServer.LAST_MODIFIED);
		assertThat(s.getLastCheckedAt()).isEqualTo(START);
		assertThat(s.getLastNewEpisodeAt()).isEqualTo(START);
		assertThat(s.getNextCheckAt()).isEqualTo(START.plus(Duration.ofHours(6)));
		assertThat(server.asked().get(0)).isEqualTo(new FeedServer.Asked(null, null));

		// not due an hour later; due after six
		CLOCK.advance(Duration.ofHours(1));
		assertThat(subscriptions.refreshDue()).isEmpty();
		CLOCK.advance(Duration.ofHours(5));

		// round 2: the validators go back, the server answers 304, nothing is read
		Subscriptions.Result notModified = only(subscriptions.refreshDue());
		assertThat(notModified.status()).isEqualTo(Subscriptions.Status.NOT_MODIFIED);
		assertThat(last(server.asked())).isEqualTo(new FeedServer.Asked("\"v1\"", FeedServer.LAST_MODIFIED));
		assertThat(subscription(id).getLastCheckedAt()).isEqualTo(START.plus(Duration.ofHours(6)));
		assertThat(subscription(id).getLastNewEpisodeAt()).isEqualTo(START);
		assertThat(episodes()).hasSize(1);

		// round 3: a new item; the one known stays as it was
		CLOCK.advance(Duration.ofHours(6));
		Instant third = CLOCK.instant();
		server.answer(new FeedServer.Feed(FeedServer.rss(server.base(), "harbour-2|Second Crossing|/t/2.txt|Fay Fisher",
				"harbour-1|First Crossing|/t/1.txt|Gus Guest"), "\"v2\""));
		Subscriptions.Result added = subscriptions.refresh(id);
		assertThat(added.status()).isEqualTo(Subscriptions.Status.NEW);
		assertThat(added.newEpisodes()).isEqualTo(1);
		assertThat(added.report().unchanged()).isEqualTo(1);
		assertThat(episodes()).containsExactlyInAnyOrder("First Crossing", "Second Crossing");
		assertThat(credits("harbour-2")).contains("Fay Fisher: guest");
		assertThat(subscription(id).getLastNewEpisodeAt()).isEqualTo(third);
		assertThat(subscription(id).getEtag()).isEqualTo("\"v2\"");

		// round 4: a 500; the first retry is 15 minutes out, and the validators are kept
		CLOCK.advance(Duration.ofHours(6));
		Instant fourth = CLOCK.instant();
		server.answer(new FeedServer.Status(500));
		Subscriptions.Result failed = subscriptions.refresh(id);
		assertThat(failed.status()).isEqualTo(Subscriptions.Status.FAILED);
		s = subscription(id);
		assertThat(s.getFailures()).isEqualTo(1);
		assertThat(s.getLastError()).isEqualTo(server.feedUrl() + ": the server answered 500 Internal Server Error");
		assertThat(s.getNextCheckAt()).isEqualTo(fourth.plus(Duration.ofMinutes(15)));
		assertThat(s.getEtag()).isEqualTo("\"v2\"");

		// round 5: no answer within the fetch timeout; the wait doubles
		CLOCK.advance(Duration.ofMinutes(15));
		Instant fifth = CLOCK.instant();
		server.answer(new FeedServer.Stall(3000));
		assertThat(only(subscriptions.refreshDue()).status()).isEqualTo(Subscriptions.Status.FAILED);
		s = subscription(id);
		assertThat(s.getFailures()).isEqualTo(2);
		assertThat(s.getLastError()).isEqualTo(server.feedUrl() + ": no complete answer within 1 second");
		assertThat(s.getNextCheckAt()).isEqualTo(fifth.plus(Duration.ofMinutes(30)));

		// round 6: malformed XML with a new ETag: a failure, whose ETag is not kept, and nothing imported
		CLOCK.advance(Duration.ofMinutes(30));
		Instant sixth = CLOCK.instant();
		server.answer(new FeedServer.Feed("<rss><channel><title>Harbour Talk</title><item>", "\"v3\""));
		assertThat(subscriptions.refresh(id).status()).isEqualTo(Subscriptions.Status.FAILED);
		s = subscription(id);
		assertThat(s.getFailures()).isEqualTo(3);
		assertThat(s.getLastError()).startsWith(server.feedUrl() + ":").contains("XML");
		assertThat(s.getNextCheckAt()).isEqualTo(sixth.plus(Duration.ofHours(1)));
		assertThat(s.getEtag()).isEqualTo("\"v2\"");
		assertThat(episodes()).hasSize(2);

		// round 7: the server is back, and the copy held is current: a 304 ends the failures
		CLOCK.advance(Duration.ofHours(1));
		Instant seventh = CLOCK.instant();
		server.answer(new FeedServer.Feed("unused", "\"v2\""));
		assertThat(subscriptions.refresh(id).status()).isEqualTo(Subscriptions.Status.NOT_MODIFIED);
		s = subscription(id);
		assertThat(s.getFailures()).isZero();
		assertThat(s.getLastError()).isNull();
		assertThat(s.getNextCheckAt()).isEqualTo(seventh.plus(Duration.ofHours(6)));
		assertThat(last(server.asked()).ifNoneMatch()).isEqualTo("\"v2\"");

		// subscribing again to the same feed adds no second subscription
		assertThat(subscriptions.subscribe(server.feedUrl()).existed()).isTrue();
		assertThat(subscriptions.all()).hasSize(1);
	}

	@Test
	void backsOffByDoublingUpToTheLongestWait() {
		assertThat(subscriptions.backoff(1)).isEqualTo(Duration.ofMinutes(15));
		assertThat(subscriptions.backoff(2)).isEqualTo(Duration.ofMinutes(30));
		assertThat(subscriptions.backoff(5)).isEqualTo(Duration.ofHours(4));
		assertThat(subscriptions.backoff(7)).isEqualTo(Duration.ofHours(16));
		assertThat(subscriptions.backoff(8)).isEqualTo(Duration.ofHours(24));
		assertThat(subscriptions.backoff(40)).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void refusesWhatIsNoFeedAddress() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> subscriptions.subscribe("ftp://example.com/feed"))
			.isInstanceOf(Subscriptions.InvalidFeedUrl.class)
			.hasMessage("ftp://example.com/feed is not a feed address: it should start with http:// or https:// and name a host");
	}

	@Test
	void theAdminPageSubscribesByOpmlExportsRefreshesAndUnsubscribes() throws Exception {
		assertThat(mvc.perform(get("/admin/subscriptions")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(mvc.perform(get("/admin/subscriptions.opml")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");

		MvcResult bad = mvc.perform(post("/admin/subscriptions").param("feedUrl", "feeds.example/rss").with(csrf()).with(admin()))
			.andReturn();
		assertThat(Jsoup.parse(bad.getResponse().getContentAsString()).select("#feedUrl-error").text())
			.isEqualTo("feeds.example/rss is not a feed address: it should start with http:// or https:// and name a host");
		assertThat(Jsoup.parse(bad.getResponse().getContentAsString()).select("main > p").first().text())
			.contains("checked every 6 hours (give or take 10%", "tried again after 15 minutes", "at most 1 day.");

		String opml = """
				<opml version="2.0"><body>
				<outline type="rss" text="Nine" xmlUrl="http://127.0.0.9/nine.xml"/>
				<outline type="rss" text="Ten" xmlUrl="http://127.0.0.10/ten.xml"/>
				<outline type="rss" text="Not a feed" xmlUrl="mailto:someone@example.com"/>
				</body></opml>""";
		MvcResult imported = mvc.perform(multipart("/admin/subscriptions/opml")
			.file(new MockMultipartFile("file", "podcasts.opml", "text/x-opml", opml.getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(admin())).andReturn();
		assertThat(imported.getResponse().getRedirectedUrl()).isEqualTo("/admin/subscriptions");
		Document page = page(imported);
		assertThat(page.select(".admin-notice").text())
			.isEqualTo("From the OPML file: 2 new subscriptions, 0 already followed, 1 refused.");
		List<String> opmlFeeds = List.of("http://127.0.0.9/nine.xml", "http://127.0.0.10/ten.xml");
		List<Subscription> added = subscriptions.all().stream().filter(s -> opmlFeeds.contains(s.getFeedUrl())).toList();
		try {
			assertThat(added).hasSize(2);
			String card = page.select("#subscription-" + added.get(0).getId()).text();
			assertThat(card).contains("Last checked Never", "Last new episode Never", "Next check");

			MockHttpServletResponse export = mvc.perform(get("/admin/subscriptions.opml").with(admin())).andReturn().getResponse();
			assertThat(export.getContentType()).startsWith("text/x-opml");
			assertThat(Opml.read(export.getContentAsByteArray())).contains("http://127.0.0.9/nine.xml", "http://127.0.0.10/ten.xml");

			// refresh now: 127.0.0.9 is not among the allowed hosts, so the check fails and says why
			long nine = added.stream().filter(s -> s.getFeedUrl().contains("nine")).findFirst().orElseThrow().getId();
			MvcResult refreshed = mvc.perform(post("/admin/subscriptions/" + nine + "/refresh").with(csrf()).with(admin()))
				.andReturn();
			Document after = page(refreshed);
			assertThat(after.select(".report.failed").text()).contains("refused: 127.0.0.9 is a loopback address");
			assertThat(after.select("#subscription-" + nine).text()).contains("Last error 1 failure:",
					"refused: 127.0.0.9 is a loopback address");
		}
		finally {
			for (Subscription s : added) {
				mvc.perform(post("/admin/subscriptions/" + s.getId() + "/delete").with(csrf()).with(admin()));
			}
		}
		assertThat(subscriptions.all()).extracting(Subscription::getFeedUrl).doesNotContainAnyElementsOf(opmlFeeds);
	}

	private Document page(MvcResult redirected) throws Exception {
		return Jsoup.parse(mvc.perform(get("/admin/subscriptions").flashAttrs(redirected.getFlashMap()).with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	private Subscription subscription(long id) {
		return subscriptions.find(id).orElseThrow();
	}

	private List<String> episodes() {
		return jdbc.queryForList("select e.title from episode e join podcast p on p.id = e.podcast_id "
				+ "where p.slug = 'harbour-talk' order by e.id", String.class);
	}

	private List<String> quotes(String guid) {
		return jdbc.queryForList("select a.text from appearance a join episode e on e.id = a.episode_id "
				+ "where e.guid = ? order by a.position", String.class, guid);
	}

	private List<String> credits(String guid) {
		return jdbc.queryForList("select s.name || ': ' || lower(c.role) from credit c join speaker s on s.id = c.speaker_id "
				+ "join episode e on e.id = c.episode_id where e.guid = ? order by s.name", String.class, guid);
	}

	private static <T> T only(List<T> list) {
		assertThat(list).hasSize(1);
		return list.get(0);
	}

	private static <T> T last(List<T> list) {
		return list.get(list.size() - 1);
	}

	static String vtt(String speaker1, String line1, String speaker2, String line2) {
		return "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v " + speaker1 + ">" + line1 + "\n\n00:00:05.000 --> 00:00:09.000\n<v "
				+ speaker2 + ">" + line2 + "\n";
	}

}
