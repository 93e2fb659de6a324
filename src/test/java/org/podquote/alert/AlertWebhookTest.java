package org.podquote.alert;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.podquote.importer.ImportJob;
import org.podquote.search.SearchParams;
import org.podquote.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Saved searches after imports: a receiver on loopback checks each POST's signature and sees each
 * new matching quote once, whatever is imported again; a failed delivery is retried after its
 * wait, and one that cannot be made is given up after the last; the saved search's Atom feed and
 * the admin page show the same. Deliveries are sent by calling {@link Webhooks} with the clock
 * moved by hand; the schedule is off in tests.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.fetch.allowed-hosts=127.0.0.1",
		"podquote.alerts.retries=1m,2m", "podquote.admin.username=admin", "podquote.admin.password=correct horse battery" })
@AutoConfigureMockMvc
class AlertWebhookTest {

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

	static final AtomicReference<String> SECRET = new AtomicReference<>();

	static WebhookReceiver receiver;

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		Clock testClock() {
			return CLOCK;
		}

	}

	@Autowired
	Alerts alerts;

	@Autowired
	Webhooks webhooks;

	@Autowired
	ImportJob imports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void receive() throws Exception {
		receiver = new WebhookReceiver(SECRET::get);
	}

	@AfterAll
	static void stop() {
		receiver.close();
	}

	@Test
	void postsEachNewMatchOnceSignedAndRetriesWhatFailed() throws Exception {
		SavedSearch lighthouse = alerts.save("Lighthouses", SearchParams.of("lighthouse"), receiver.url());
		SECRET.set(lighthouse.getSecret());
		// a saved search whose filter the quotes miss, and one with no webhook: neither posts anything
		alerts.save(null, new SearchParams("lighthouse", "nobody-at-all", null, null, null, null), receiver.url());
		SavedSearch fogFeed = alerts.save("Fog", SearchParams.of("fog"), null);

		imports.importUploads(List.of(upload("first-light.vtt", "Hana Host", "The lighthouse on the point was lit in 1870.",
				"Gus Guest", "I counted eleven ships at dawn.", "Fay Fisher", "Every lighthouse keeper kept a log.")),
				"Harbour Talk");
		assertThat(webhooks.sendDue()).isEqualTo(new Webhooks.Round(1, 0, 0));
		List<Long> firstMatches = ids("The lighthouse on the point was lit in 1870.", "Every lighthouse keeper kept a log.");
		assertThat(receiver.accepted()).containsExactlyInAnyOrderElementsOf(firstMatches);
		receiver.assertAllSigned();
		JsonNode body = receiver.received().get(0).body();
		assertThat(body.path("event").asString()).isEqualTo("quotes.matched");
		assertThat(body.path("search").path("q").asString()).isEqualTo("lighthouse");
		JsonNode quote = body.path("quotes").get(0);
		assertThat(quote.path("speaker").asString()).isEqualTo("Hana Host");
		assertThat(quote.path("podcast").asString()).isEqualTo("Harbour Talk");
		assertThat(quote.path("permalink").asString()).isEqualTo("http://localhost:8080/quotes/" + quote.path("id").asLong());
		assertThat(quote.path("citation").asString()).startsWith("Hana Host, \u201c").endsWith(quote.path("permalink").asString());

		// the same file again adds nothing, so nothing is posted
		imports.importUploads(List.of(upload("first-light.vtt", "Hana Host", "The lighthouse on the point was lit in 1870.",
				"Gus Guest", "I counted eleven ships at dawn.", "Fay Fisher", "Every lighthouse keeper kept a log.")),
				"Harbour Talk");
		assertThat(webhooks.sendDue().attempted()).isZero();

		// a new episode with one match; the receiver fails the first attempt, which is retried a minute later
		receiver.answerNext(500);
		imports.importUploads(List.of(upload("fog-bank.vtt", "Hana Host", "Fog rolled in before noon.", "Fay Fisher",
				"Without the lighthouse we would have run aground.", "Gus Guest", "The bell buoy rang all night.")),
				"Harbour Talk");
		assertThat(webhooks.sendDue()).isEqualTo(new Webhooks.Round(0, 1, 0));
		WebhookDelivery pending = alerts.latestDeliveries(lighthouse.getId(), 1).get(0);
		assertThat(pending.getStatus()).isEqualTo(WebhookDelivery.Status.PENDING);
		assertThat(pending.getLastStatusCode()).isEqualTo(500);
		assertThat(pending.getLastError()).isEqualTo("the webhook answered 500");
		assertThat(pending.getNextAttemptAt()).isEqualTo(CLOCK.instant().plus(Duration.ofMinutes(1)));
		assertThat(webhooks.sendDue().attempted()).as("not due yet").isZero();
		CLOCK.advance(Duration.ofMinutes(1));
		assertThat(webhooks.sendDue()).isEqualTo(new Webhooks.Round(1, 0, 0));
		List<Long> secondMatch = ids("Without the lighthouse we would have run aground.");
		assertThat(receiver.accepted()).containsExactlyInAnyOrderElementsOf(concat(firstMatches, secondMatch));
		assertThat(receiver.received()).hasSize(3);
		assertThat(receiver.received().get(1).delivery()).isEqualTo(receiver.received().get(2).delivery());
		receiver.assertAllSigned();
		WebhookDelivery delivered = alerts.latestDeliveries(lighthouse.getId(), 1).get(0);
		assertThat(delivered.getStatus()).isEqualTo(WebhookDelivery.Status.DELIVERED);
		assertThat(delivered.getAttempts()).isEqualTo(2);
		assertThat(delivered.getLastStatusCode()).isEqualTo(200);

		// the saved search's feed has its matches, the one without a webhook its own
		String feed = mvc.perform(get(Alerts.feedPath(lighthouse))).andReturn().getResponse().getContentAsString();
		assertThat(feed).contains("Without the lighthouse we would have run aground.", "Every lighthouse keeper kept a log.")
			.doesNotContain("eleven ships");
		String fog = mvc.perform(get(Alerts.feedPath(fogFeed))).andReturn().getResponse().getContentAsString();
		assertThat(fog).contains("Fog rolled in before noon.").doesNotContain("lighthouse on the point");
		assertThat(mvc.perform(get("/feeds/alerts/" + lighthouse.getId() + "/0000.atom")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);

		// the admin page shows each delivery with its status
		Document page = Jsoup.parse(mvc.perform(get("/admin/alerts").with(user("admin").roles("ADMIN")))
			.andReturn().getResponse().getContentAsString());
		String card = page.select("#alert-" + lighthouse.getId()).text();
		assertThat(card).contains("Delivered", "1 quote, 2 attempts", "HTTP 200", "2 quotes, 1 attempt", lighthouse.getSecret());
	}

	@Test
	void aReplacedTranscriptAnnouncesOnlyWhatIsNewInIt() {
		SavedSearch moons = alerts.save("Moons", SearchParams.of("moon"), receiver.url());
		SECRET.set(moons.getSecret());
		imports.importUploads(List.of(upload("slack-water.vtt", "Hana Host", "The moon was low at six.", "Gus Guest",
				"Nothing floated.", "Fay Fisher", "A full moon rose at nine.")), "Harbour Talk");
		int before = receiver.received().size();
		assertThat(webhooks.sendDue()).isEqualTo(new Webhooks.Round(1, 0, 0));
		assertThat(receiver.received()).hasSize(before + 1);
		assertThat(receiver.received().get(before).body().path("quotes")).hasSize(2);
		List<Long> first = ids("The moon was low at six.");

		// the corrected transcript: new rows for every passage, one more line about the moon
		imports.importUploads(List.of(upload("slack-water.vtt", "Hana Host", "The moon was low at six.", "Gus Guest",
				"Nothing floated.", "Fay Fisher", "A full moon rose at nine.", "Gus Guest",
				"The moon set at four.")), "Harbour Talk");
		assertThat(ids("The moon was low at six.")).as("the passages are new rows").doesNotContainAnyElementsOf(first);
		assertThat(webhooks.sendDue()).isEqualTo(new Webhooks.Round(1, 0, 0));
		assertThat(receiver.received()).hasSize(before + 2);
		JsonNode quotes = receiver.received().get(before + 1).body().path("quotes");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).path("text").asString()).isEqualTo("The moon set at four.");
		// the earlier matches follow their quotes to the new rows, so the feed still has all three
		assertThat(jdbc.queryForList("select appearance_id from saved_search_match where saved_search_id = ?", Long.class,
				moons.getId()))
			.containsExactlyInAnyOrderElementsOf(
					ids("The moon was low at six.", "A full moon rose at nine.", "The moon set at four."));
	}

	@Test
	void givesUpADeliveryThatTheNetworkRulesRefuse() {
		SavedSearch refused = alerts.save("Anchors", SearchParams.of("anchor"), "http://127.0.0.2:9/hook");
		imports.importUploads(List.of(upload("anchors.vtt", "Hana Host", "Drop the anchor here.", "Gus Guest", "Aye.",
				"Fay Fisher", "Weigh anchor at dawn.")), "Harbour Talk");
		assertThat(webhooks.sendDue()).isEqualTo(new Webhooks.Round(0, 1, 0));
		CLOCK.advance(Duration.ofMinutes(1));
		assertThat(webhooks.sendDue()).isEqualTo(new Webhooks.Round(0, 1, 0));
		CLOCK.advance(Duration.ofMinutes(2));
		assertThat(webhooks.sendDue()).isEqualTo(new Webhooks.Round(0, 0, 1));
		WebhookDelivery failed = alerts.latestDeliveries(refused.getId(), 1).get(0);
		assertThat(failed.getStatus()).isEqualTo(WebhookDelivery.Status.FAILED);
		assertThat(failed.getAttempts()).isEqualTo(3);
		assertThat(failed.getLastError()).startsWith("http://127.0.0.2:9/hook: refused: 127.0.0.2 is a loopback address");
		assertThat(failed.getNextAttemptAt()).isNull();
		CLOCK.advance(Duration.ofHours(1));
		assertThat(webhooks.sendDue().attempted()).isZero();
	}

	@Test
	void signsWithHmacSha256OfTheBody() {
		// RFC 4231-style check against a published vector
		assertThat(Alerts.signature("key", "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
	}

	@Test
	void theAdminPageSaysWhatIsWrongWithASearch() throws Exception {
		MvcResult blank = mvc.perform(post("/admin/alerts").param("q", "  ").param("webhookUrl", "ftp://x.example/")
			.with(csrf()).with(user("admin").roles("ADMIN"))).andReturn();
		Document page = Jsoup.parse(blank.getResponse().getContentAsString());
		assertThat(page.select(".field-error").text()).isEqualTo("Give the words to look for, in the search page's query language.");
		MvcResult badHook = mvc.perform(post("/admin/alerts").param("q", "tide").param("webhookUrl", "ftp://x.example/")
			.with(csrf()).with(user("admin").roles("ADMIN"))).andReturn();
		assertThat(Jsoup.parse(badHook.getResponse().getContentAsString()).select(".field-error").text())
			.isEqualTo("The webhook must be an http:// or https:// address with a host.");
		assertThat(alerts.all()).noneMatch(s -> s.getQ().equals("tide"));
		MvcResult saved = mvc.perform(post("/admin/alerts").param("q", "tide").param("from", "2026")
			.with(csrf()).with(user("admin").roles("ADMIN"))).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/alerts");
		assertThat(alerts.all()).anyMatch(s -> s.getQ().equals("tide") && s.getWebhookUrl() == null);
	}

	private List<Long> ids(String... texts) {
		return List.of(texts)
			.stream()
			.map(text -> jdbc.queryForObject("select id from appearance where text = ?", Long.class, text))
			.toList();
	}

	private static List<Long> concat(List<Long> a, List<Long> b) {
		List<Long> all = new java.util.ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	static ImportJob.Upload upload(String name, String... speakersAndLines) {
		StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
		for (int i = 0; i < speakersAndLines.length; i += 2) {
			vtt.append(String.format("00:00:%02d.000 --> 00:00:%02d.000%n<v %s>%s%n%n", i * 2 + 1, i * 2 + 4,
					speakersAndLines[i], speakersAndLines[i + 1]));
		}
		return new ImportJob.Upload(name, vtt.toString().getBytes(StandardCharsets.UTF_8));
	}

}
