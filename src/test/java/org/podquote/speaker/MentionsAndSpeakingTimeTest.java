package org.podquote.speaker;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podquote.importer.EpisodeTarget;
import org.podquote.importer.TranscriptImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A person's page: "Mentioned by others" (the quotes of other speakers that name them or an alias,
 * never their own) with its count, chart and list; their speaking time; and each speaker's share of
 * an episode's timed speech, on its page and in the API. Shares its app with the chapters tests.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.fetch.allowed-hosts=localhost",
		"podquote.test.context=chapters" })
@AutoConfigureMockMvc
class MentionsAndSpeakingTimeTest {

	@Autowired
	TranscriptImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void load() {
		importer.importTranscript("one.vtt", "one.vtt", bytes("""
				WEBVTT

				00:00:00.000 --> 00:00:10.000
				<v Alan Turing>Welcome. Today Grace Hopper joins us.

				00:00:10.000 --> 00:00:40.000
				<v Grace Hopper>I am Grace Hopper and I found a moth.

				00:00:40.000 --> 00:00:50.000
				<v Alan Turing>A real bug indeed.
				"""), new EpisodeTarget("Hopper Hour", "hopper-1", "Hopper One", LocalDate.of(2024, 1, 10), null, null, List.of()));
		importer.importTranscript("two.vtt", "two.vtt", bytes("""
				WEBVTT

				00:00:00.000 --> 00:00:20.000
				<v Katherine Johnson>Amazing Grace wrote compilers.

				00:00:20.000 --> 00:00:30.000
				<v Alan Turing>grace   hopper again, in lower case.

				00:00:30.000 --> 00:00:35.000
				<v Katherine Johnson>Hopperish words do not count, nor does Grace alone.
				"""), new EpisodeTarget("Hopper Hour", "hopper-2", "Hopper Two", LocalDate.of(2024, 3, 5), null, null, List.of()));
		jdbc.update("""
				insert into speaker_alias (speaker_id, alias)
				select id, 'Amazing Grace' from speaker s where s.slug = 'grace-hopper'
				  and not exists (select 1 from speaker_alias a where a.alias = 'Amazing Grace')""");
	}

	@Test
	void aPersonsPageListsTheQuotesOfOthersThatNameThemWithACountAndAChart() throws Exception {
		Document page = page("/speakers/grace-hopper");
		assertThat(page.select("#mentions h2").text()).isEqualTo("Mentioned by others");
		assertThat(page.select("#mentions .mentions-count").text()).isEqualTo("3 quotes by other speakers name Grace Hopper.");
		// newest first, each with the name marked; her own "I am Grace Hopper" is not among them
		assertThat(page.select("#mentions .quote-text").eachText()).containsExactly("Amazing Grace wrote compilers.",
				"grace hopper again, in lower case.", "Welcome. Today Grace Hopper joins us.");
		assertThat(page.select("#mentions .quote-text mark").eachText()).containsExactly("Amazing Grace", "grace hopper",
				"Grace Hopper");
		assertThat(page.select("#mentions svg.chart rect.bar[data-count]").eachAttr("data-count").stream()
			.mapToInt(Integer::parseInt).sum()).isEqualTo(3);
		assertThat(page.select("#mentions svg.chart rect.bar[data-count=1]").attr("data-from")).isEqualTo("2024-01-01");
		assertThat(page.select("#mentions svg.chart rect.bar[data-count=2]").attr("data-from")).isEqualTo("2024-03-01");
		// the chart says it counts mentions, not the person's own appearances
		assertThat(page.select("#mentions figcaption").text()).startsWith("Mentions by others, by the monthly period")
			.doesNotContainIgnoringCase("appearance");
		assertThat(page.select("#mentions svg.chart .bar-group title").eachText()).contains("March 2024: 2 mentions");
		assertThat(page.select("#mentions table th[scope=col]").eachText()).containsExactly("Period", "Mentions");
		assertThat(page.select("#mentions a[href^=/search]").attr("href"))
			.isEqualTo("/search?q=%22Grace%20Hopper%22%20OR%20%22Amazing%20Grace%22");
		// one chart of her own quotes and one of the mentions, told apart
		assertThat(page.select("svg.chart title").eachAttr("id")).doesNotHaveDuplicates();
	}

	@Test
	void theMentionsKeptBetweenViewsFollowANewImport() throws Exception {
		importer.importTranscript("goto-1.vtt", "goto-1.vtt", bytes("""
				WEBVTT

				00:00:00.000 --> 00:00:05.000
				<v Edsger Dijkstra>Hello.

				00:00:05.000 --> 00:00:09.000
				<v Barbara Liskov>Hi, welcome.
				"""), new EpisodeTarget("Goto Hour", "goto-1", "Goto One", LocalDate.of(2024, 5, 1), null, null, List.of()));
		// past the moment after a commit in which nothing is kept, so that this view's (none) are
		Thread.sleep(2_100);
		assertThat(page("/speakers/edsger-dijkstra").select("#mentions")).isEmpty();
		assertThat(page("/speakers/edsger-dijkstra").select("#mentions")).isEmpty();

		importer.importTranscript("goto-2.vtt", "goto-2.vtt", bytes("""
				WEBVTT

				00:00:00.000 --> 00:00:05.000
				<v Barbara Liskov>Edsger Dijkstra considered goto harmful.
				"""), new EpisodeTarget("Goto Hour", "goto-2", "Goto Two", LocalDate.of(2024, 6, 1), null, null, List.of()));
		assertThat(page("/speakers/edsger-dijkstra").select("#mentions .quote-text").eachText())
			.containsExactly("Edsger Dijkstra considered goto harmful.");
		Thread.sleep(2_100);
		assertThat(page("/speakers/edsger-dijkstra").select("#mentions .mentions-count").text())
			.isEqualTo("1 quote by another speaker names Edsger Dijkstra.");
	}

	@Test
	void nobodyMentionedHasNoMentionsSection() throws Exception {
		assertThat(page("/speakers/katherine-johnson").select("#mentions")).isEmpty();
	}

	@Test
	void aPersonsSpeakingTimeIsTheirTimedPassagesOnThePageAndInTheApi() throws Exception {
		assertThat(page("/speakers/grace-hopper").select(".speaking-total").text()).isEqualTo("Speaking time 0:30");
		assertThat(page("/speakers/alan-turing").select(".speaking-total").text()).isEqualTo("Speaking time 0:30");
		JsonNode api = json("/api/v1/speakers/katherine-johnson");
		assertThat(api.get("speakingSeconds").asLong()).isEqualTo(25);
	}

	@Test
	void anEpisodesPageShowsEachSpeakersShareAsABarAndTheApiGivesIt() throws Exception {
		Document page = page("/podcasts/hopper-hour/episodes/hopper-one");
		assertThat(page.select("#speaking-time h2").text()).isEqualTo("Who speaks (0:50 of timed speech)");
		assertThat(page.select("#speaking-time .share-legend li").eachText()).containsExactly("Grace Hopper 60% \u00b7 0:30",
				"Alan Turing 40% \u00b7 0:20");
		assertThat(page.select("#speaking-time rect.share").eachAttr("width")).containsExactly("60.0", "40.0");
		assertThat(page.select("#speaking-time rect.share").eachAttr("x")).containsExactly("0.0", "60.0");

		JsonNode shares = json("/api/v1/episodes/hopper-hour/hopper-one").get("speakingTime");
		assertThat(shares).hasSize(2);
		assertThat(shares.get(0).get("slug").asString()).isEqualTo("grace-hopper");
		assertThat(shares.get(0).get("seconds").asLong()).isEqualTo(30);
		assertThat(shares.get(0).get("percent").asDouble()).isEqualTo(60.0);
		assertThat(shares.get(1).get("name").asString()).isEqualTo("Alan Turing");
	}

	private JsonNode json(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.getContentAsString());
	}

	private Document page(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
