package org.podquote.system;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The pages of the seed library, rendered through the whole MVC stack. */
@SpringBootTest
@AutoConfigureMockMvc
class PagesTest {

	static final String EPISODE = "/podcasts/lesswrong-curated-popular/episodes/the-persona-selection-model-by-sam-marks";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void speakerPageShowsOurCountsNotTheSites() throws Exception {
		Document page = page("/speakers/sam-marks");

		assertThat(page.select("h1").text()).isEqualTo("Sam Marks");
		assertThat(page.select(".role").text()).isEqualTo("Author");
		assertThat(page.select("#total-appearances").text()).isEqualTo("20");
		assertThat(page.select(".stats dd").eachText()).containsExactly("20", "1", "1", "Feb 2026");
		assertThat(page.text()).doesNotContain("891");
		assertThat(page.select("h2").eachText()).contains("Appearances Over Time", "Podcast Appearances");
	}

	@Test
	void speakerPageDrawsTheChartWithAnAccessibleTable() throws Exception {
		Document page = page("/speakers/sam-marks");

		Element bar = page.selectFirst("svg.chart rect.bar[data-count=20]");
		assertThat(bar).isNotNull();
		assertThat(Double.parseDouble(bar.attr("height"))).isPositive();
		assertThat(bar.attr("data-from")).isEqualTo("2026-02-01");
		assertThat(bar.parent().selectFirst("title").text()).isEqualTo("February 2026: 20 appearances");
		assertThat(page.select("svg.chart rect.bar")).hasSize(12);
		assertThat(page.select("svg.chart text.axis-label").eachText()).contains("0", "20");
		assertThat(page.select("table.visually-hidden tr:contains(February 2026) td").text()).isEqualTo("20");
	}

	@Test
	void speakerPageListsQuotesTenAPageGroupedByEpisodeLinkingIntoTheEpisode() throws Exception {
		Document first = page("/speakers/sam-marks");
		Document second = page("/speakers/sam-marks?page=2");

		assertThat(first.select(".group-quote")).hasSize(10);
		assertThat(second.select(".group-quote")).hasSize(10);
		assertThat(first.select(".episode-group")).hasSize(1);
		assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/speakers/sam-marks?page=2");
		Element group = first.selectFirst(".episode-group");
		assertThat(group.select(".podcast-link").text()).isEqualTo("LessWrong (Curated & Popular)");
		assertThat(group.select(".quote-episode a").text()).isEqualTo("\"The persona selection model\" by Sam Marks");
		Element quote = group.selectFirst(".group-quote");
		assertThat(quote.select(".quote-text").text())
			.isEqualTo("According to PSM, this means the assistant will draw on archetypes from its pre-training corpus of how AIs behave.");
		long id = jdbc.queryForObject("select id from appearance where position = 0", Long.class);
		assertThat(quote.select("a:contains(Read in the episode)").attr("href")).isEqualTo(EPISODE + "#a" + id);
		assertThat(status("/speakers/sam-marks?page=3")).isEqualTo(404);
		assertThat(status("/speakers/sam-marks?page=-4")).isEqualTo(200);
	}

	@Test
	void aChartBarNarrowsTheListToItsPeriod() throws Exception {
		Document page = page("/speakers/sam-marks");
		Element full = page.selectFirst("svg.chart a.bar-group:has(rect.bar[data-count=20])");
		assertThat(full.attr("href")).isEqualTo("/speakers/sam-marks?from=2026-02-01&to=2026-02-28#appearances");

		Document february = page(full.attr("href").replace("#appearances", ""));
		assertThat(february.select(".list-summary").text()).startsWith("20 appearances from 2026-02-01 to 2026-02-28");
		assertThat(february.select("svg.chart a.bar-group.selected rect.bar").attr("data-count")).isEqualTo("20");
		assertThat(february.select(".list-summary a").attr("href")).isEqualTo("/speakers/sam-marks#appearances");

		Element empty = page.selectFirst("svg.chart a.bar-group:has(rect.bar[data-count=0])");
		Document none = page(empty.attr("href").replace("#appearances", ""));
		assertThat(none.select(".group-quote")).isEmpty();
		assertThat(none.select(".empty-state").text()).startsWith("No appearances match");
	}

	@Test
	void speakerListOrdersOldestFirstAndSearchesOnlyThisSpeaker() throws Exception {
		List<String> oldest = page("/speakers/sam-marks?order=oldest").select(".group-quote .quote-text").eachText();
		assertThat(oldest.get(0)).startsWith("According to PSM");
		assertThat(page("/speakers/sam-marks?order=oldest").select(".sort strong").text()).isEqualTo("Oldest");

		MvcResult result = mvc.perform(get("/speakers/sam-marks").param("q", "\"bad role models\"")).andReturn();
		Document found = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(found.select(".group-quote")).hasSize(1);
		assertThat(found.select(".group-quote mark").text()).isEqualTo("bad role models");
		assertThat(found.select("#sq").val()).isEqualTo("\"bad role models\"");
	}

	@Test
	void episodePageShowsEveryQuoteInOrderWithItsAnchor() throws Exception {
		Document page = page(EPISODE);

		List<Long> ids = jdbc.queryForList("select id from appearance order by position", Long.class);
		assertThat(page.select("ol.transcript > li").eachAttr("id"))
			.containsExactlyElementsOf(ids.stream().map(id -> "a" + id).toList());
		assertThat(page.select("h1").text()).isEqualTo("\"The persona selection model\" by Sam Marks");
		assertThat(page.select("main > p.muted").text()).contains("25 February 2026").contains("1:34:24").contains("20 quotes");
		assertThat(page.select("li.is-heading h2").text()).isEqualTo("Interpretability-based alignment auditing will be tractable.");
	}

	@Test
	void quotePermalinkShowsTheQuoteWithItsSource() throws Exception {
		long id = jdbc.queryForObject("select id from appearance where position = 2", Long.class);

		Document page = page("/quotes/" + id);

		assertThat(page.select("blockquote").text()).isEqualTo("Think of the Terminator or HAL 9000.");
		assertThat(page.select("figcaption a.speaker-link").attr("href")).isEqualTo("/speakers/sam-marks");
		assertThat(page.select("a.button").attr("href")).isEqualTo(EPISODE + "#a" + id);
	}

	@Test
	void searchPageMarksThePhraseAndCountsResults() throws Exception {
		Document page = search("\"bad role models\"");

		assertThat(page.select(".result-count").text()).startsWith("1 quote");
		assertThat(page.select(".quote-text mark").eachText()).containsExactly("bad role models");
		assertThat(page.select("#q").val()).isEqualTo("\"bad role models\"");
	}

	@Test
	void searchPageSaysWhenNothingMatchesAndExplainsOddInput() throws Exception {
		assertThat(search("\"models role bad\"").select(".result-count").text())
			.isEqualTo("No quotes match \u201c\"models role bad\"\u201d.");
		Document unbalanced = search("\"bad role");
		assertThat(unbalanced.select(".notice").text()).contains("quotation mark had no partner");
		assertThat(unbalanced.select(".quote-card")).hasSize(1);
		Document script = search("<script>alert(1)</script>");
		assertThat(script.select("main script")).isEmpty();
		assertThat(page("/search").select(".help li")).hasSize(5);
	}

	@Test
	void searchShowsEveryHitWhenTheyFitOnOnePage() throws Exception {
		Document page = search("the");
		int total = Integer.parseInt(page.select(".result-count").text().replaceAll("\\D.*", ""));
		assertThat(total).isBetween(2, PageSizes.SEARCH);
		assertThat(page.select(".quote-card")).hasSize(total);
		assertThat(page.select(".pager")).isEmpty();
	}

	@Test
	void searchFacetsNarrowTheSearchAndFiltersCanBeRemoved() throws Exception {
		Document page = search("archetype");
		int total = Integer.parseInt(page.select(".result-count").text().replaceAll("\\D.*", ""));
		Element speakerFacet = page.selectFirst(".facets a:contains(Sam Marks)");
		assertThat(speakerFacet.attr("href")).isEqualTo("/search?q=archetype&speaker=sam-marks");
		assertThat(speakerFacet.select(".count").text()).isEqualTo(String.valueOf(total));
		assertThat(page.select(".facets a:contains(2026)").attr("href"))
			.isEqualTo("/search?q=archetype&from=2026-01-01&to=2026-12-31");

		Document narrowed = page(speakerFacet.attr("href"));
		assertThat(narrowed.select(".chips li").text()).contains("Person: Sam Marks");
		assertThat(narrowed.select(".chips a").attr("href")).isEqualTo("/search?q=archetype");
		assertThat(narrowed.select("form[role=search] input[name=speaker]").val()).isEqualTo("sam-marks");
		assertThat(narrowed.select(".quote-card")).hasSize(total);

		Document nobody = page("/search?q=archetype&speaker=nobody-at-all");
		assertThat(nobody.select(".empty-state").text()).contains("remove one to widen");
		Document badDate = page("/search?q=archetype&from=soon&sort=sideways");
		assertThat(badDate.select(".notice").text()).contains("\u201cfrom\u201d date was not understood")
			.contains("sort order was not understood");
		assertThat(badDate.select(".quote-card")).hasSize(total);
		assertThat(page("/search?q=archetype&sort=newest").select(".sort strong").text()).isEqualTo("Newest");
	}

	@Test
	void episodeSearchMarksMatchesInOrderWithPreviousAndNext() throws Exception {
		Document page = page(EPISODE + "?q=archetype");

		List<String> matched = page.select("li.turn.match").eachAttr("id");
		assertThat(matched).hasSizeGreaterThan(2);
		assertThat(page.select(".match-bar").text()).startsWith(matched.size() + " quotes in this episode match");
		assertThat(page.select(".match-bar a").first().attr("href")).isEqualTo("#" + matched.get(0));
		Element second = page.getElementById(matched.get(1));
		assertThat(second.select(".match-nav").text()).contains("Match 2 of " + matched.size());
		assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("#" + matched.get(0));
		assertThat(second.select("a[rel=next]").attr("href")).isEqualTo("#" + matched.get(2));
		assertThat(second.select("mark").text()).startsWith("archetype");
		assertThat(page.select("li.turn")).hasSize(20);
		Document none = Jsoup.parse(mvc.perform(get(EPISODE).param("q", "\"models role bad\"")).andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(none.select(".match-bar").text()).startsWith("No quotes");
	}

	@Test
	void homeShowsTotalsTopSpeakersAndRecentEpisodes() throws Exception {
		Document page = page("/");

		assertThat(page.select(".totals dd").eachText()).containsExactly("20", "1", "1", "1");
		assertThat(page.select(".people-list a").attr("href")).isEqualTo("/speakers/sam-marks");
		assertThat(page.select(".episode-list a").attr("href")).isEqualTo(EPISODE);
		assertThat(page.select("form[role=search]").attr("action")).isEqualTo("/search");
	}

	@Test
	void listsPeopleAndPodcasts() throws Exception {
		assertThat(page("/speakers").select(".people-list li").eachText()).containsExactly("S Sam Marks 20 appearances");
		Document podcasts = page("/podcasts");
		assertThat(podcasts.select(".card h2 a").attr("href")).isEqualTo("/podcasts/lesswrong-curated-popular");
		assertThat(podcasts.select(".card p").text()).contains("1 episode").contains("Feb 2026");
		assertThat(page("/podcasts/lesswrong-curated-popular").select(".card h3 a").attr("href")).isEqualTo(EPISODE);
	}

	@Test
	void chartsRankPeopleAndPodcastsAndDrawTheLibrary() throws Exception {
		Document page = page("/charts");

		assertThat(page.select("h2").eachText()).contains("Most quoted people, all time", "Most quoted podcasts, all time");
		assertThat(page.select(".ranking").first().select("li").text()).isEqualTo("Sam Marks 20 appearances");
		assertThat(page.select(".ranking a[href=/podcasts/lesswrong-curated-popular]")).isNotEmpty();
		assertThat(page.select("svg.chart rect.bar[data-count=20]")).hasSize(1);
		assertThat(page.select("svg.chart a")).isEmpty();
	}

	@Test
	void podcastPageListsWhoIsCreditedAndMostQuoted() throws Exception {
		Document page = page("/podcasts/lesswrong-curated-popular");

		assertThat(page.select("section:has(h2:contains(Hosts and guests)) li").text()).isEqualTo("Sam Marks Author 1 episode");
		assertThat(page.select("section:has(h2:contains(Most quoted)) li").text()).isEqualTo("Sam Marks 20 appearances");
	}

	@Test
	void sharedQuotePreviewsWithOpenGraphTags() throws Exception {
		long id = jdbc.queryForObject("select id from appearance where position = 1", Long.class);
		Document page = page("/quotes/" + id);

		assertThat(page.select("meta[property=og:description]").attr("content"))
			.isEqualTo("\u201cUnfortunately, many AIs appearing in fiction are bad role models.\u201d");
		assertThat(page.select("meta[property=og:title]").attr("content"))
			.isEqualTo("Sam Marks \u2014 \"The persona selection model\" by Sam Marks");
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost/quotes/" + id);
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
		assertThat(page.select("#citation").text()).isEqualTo("Sam Marks, \u201c\"The persona selection model\" by Sam Marks\u201d, "
				+ "LessWrong (Curated & Popular), 25 February 2026. http://localhost/quotes/" + id);
	}

	@Test
	void everyNavEntryLeadsToAPage() throws Exception {
		List<String> links = page("/").select("nav.site-nav a").eachAttr("href");
		assertThat(links).containsExactly("/search", "/podcasts", "/speakers", "/charts", "/api", "/login");
		for (String link : links) {
			// /api redirects to the API page (Swagger UI) of springdoc
			String redirect = mvc.perform(get(link)).andReturn().getResponse().getRedirectedUrl();
			assertThat(status(redirect == null ? link : redirect)).as(link).isEqualTo(200);
		}
	}

	@Test
	void unknownThingsGetTheNotFoundPage() throws Exception {
		for (String path : List.of("/speakers/nobody", "/podcasts/nothing", "/podcasts/lesswrong-curated-popular/episodes/nope",
				"/quotes/999999")) {
			MvcResult result = mvc.perform(get(path)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
			assertThat(result.getResolvedException()).isInstanceOf(NotFoundException.class);
		}
	}

	private Document page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("text/html");
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private Document search(String q) throws Exception {
		MvcResult result = mvc.perform(get("/search").param("q", q)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private int status(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

}
