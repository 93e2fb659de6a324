package org.podquote.speaker;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.podquote.testing.PageTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The seed's speaker page (Sam Marks) and the people list. */
class SpeakerPageTest extends PageTest {

	@Test
	void headerSaysHowManyQuotesInHowManyEpisodesFromOurRowsNotTheSites() throws Exception {
		Document page = page("/speakers/sam-marks");

		assertThat(page.select("h1").text()).isEqualTo("Sam Marks");
		assertThat(page.select(".role").text()).isEqualTo("Author");
		assertThat(page.select("#speaker-summary").text()).isEqualTo("20 quotes in 1 episode · Feb 2026");
		assertThat(page.text()).doesNotContain("891");
		assertThat(page.select("h2").eachText()).contains("Appearances Over Time", "Quotes", "Episodes");
		assertThat(page.select(".show-filter")).as("one show: no podcast filter").isEmpty();
		assertThat(page("/speakers").select(".people-list li").eachText()).containsExactly("S Sam Marks Sample 20 appearances");
	}

	@Test
	void followIsAVisibleLinkToThePersonsAtomFeed() throws Exception {
		Element follow = page("/speakers/sam-marks").selectFirst("header.person a.follow-link");

		assertThat(follow.text()).isEqualTo("Follow");
		assertThat(follow.attr("href")).isEqualTo("/feeds/speakers/sam-marks.atom");
		assertThat(follow.attr("type")).isEqualTo("application/atom+xml");
	}

	@Test
	void drawsTheChartWithAnAccessibleTable() throws Exception {
		Document page = page("/speakers/sam-marks");

		Element bar = page.selectFirst("svg.chart rect.bar[data-count=20]");
		assertThat(bar).isNotNull();
		assertThat(Double.parseDouble(bar.attr("height"))).isPositive();
		assertThat(bar.attr("data-from")).isEqualTo("2026-02-01");
		assertThat(bar.parent().selectFirst("title").text()).isEqualTo("February 2026: 20 appearances");
		assertThat(page.select("svg.chart rect.bar")).hasSize(12);
		assertThat(page.select("svg.chart text.axis-label").eachText()).contains("0", "20");
		assertThat(page.select(".visually-hidden table tr:contains(February 2026) td").text()).isEqualTo("20");
	}

	@Test
	void listsTheQuotesThatSayMostFirstTenAPage() throws Exception {
		Document first = page("/speakers/sam-marks");
		Document second = page("/speakers/sam-marks?page=2");

		List<String> bySubstance = jdbc.queryForList("select text from appearance order by substance desc, id",
				String.class);
		assertThat(first.select(".group-quote .quote-text").eachText()).isEqualTo(bySubstance.subList(0, 10));
		assertThat(second.select(".group-quote .quote-text").eachText()).isEqualTo(bySubstance.subList(10, 20));
		assertThat(first.select(".view-switch strong").text()).isEqualTo("Best first");
		assertThat(first.select(".list-hint").text()).startsWith("Quotes that say most come first");
		assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/speakers/sam-marks?page=2");
		Element group = first.selectFirst(".episode-group");
		assertThat(group.select(".podcast-link").text()).isEqualTo("LessWrong (Curated & Popular)");
		assertThat(group.select(".quote-episode a").text()).isEqualTo("\"The persona selection model\" by Sam Marks");
		assertThat(status("/speakers/sam-marks?page=3")).isEqualTo(404);
		assertThat(status("/speakers/sam-marks?page=-4")).isEqualTo(200);
	}

	@Test
	void allInOrderIsOneClickAwayNewestOrOldestInSpokenOrder() throws Exception {
		Document best = page("/speakers/sam-marks");
		assertThat(best.select(".view-switch a").eachAttr("href")).containsExactly(
				"/speakers/sam-marks?order=newest#appearances", "/speakers/sam-marks?order=oldest#appearances");

		Document newest = page("/speakers/sam-marks?order=newest");
		assertThat(newest.select(".view-switch strong").text()).isEqualTo("All, newest first");
		Element quote = newest.selectFirst(".group-quote");
		assertThat(quote.select(".quote-text").text())
			.isEqualTo("According to PSM, this means the assistant will draw on archetypes from its pre-training corpus of how AIs behave.");
		long id = jdbc.queryForObject("select id from appearance where position = 0", Long.class);
		assertThat(quote.select("a:contains(Read in the episode)").attr("href")).isEqualTo(EPISODE + "#a" + id);
		List<String> spoken = jdbc.queryForList("select text from appearance order by position", String.class);
		assertThat(newest.select(".group-quote .quote-text").eachText()).isEqualTo(spoken.subList(0, 10));
		assertThat(page("/speakers/sam-marks?order=newest&page=2").select(".group-quote .quote-text").eachText())
			.isEqualTo(spoken.subList(10, 20));
		assertThat(newest.select(".pager a[rel=next]").attr("href")).isEqualTo("/speakers/sam-marks?order=newest&page=2");

		Document oldest = page("/speakers/sam-marks?order=oldest");
		assertThat(oldest.select(".view-switch strong").text()).isEqualTo("All, oldest first");
		assertThat(oldest.select(".group-quote .quote-text").eachText()).isEqualTo(spoken.subList(0, 10));
	}

	@Test
	void listsTheEpisodesWithTheirQuoteCounts() throws Exception {
		Document page = page("/speakers/sam-marks");

		assertThat(page.select("#episodes p.muted").text()).isEqualTo("1 episode, newest first");
		assertThat(page.select(".episode-table th").eachText()).containsExactly("Episode", "Published", "Quotes");
		assertThat(page.select(".episode-table tbody tr")).singleElement()
			.satisfies(row -> assertThat(row.select("td").eachText()).containsExactly(
					"\"The persona selection model\" by Sam Marks", "25 Feb 2026", "20"));
		assertThat(page.select(".episode-table tbody a").attr("href")).isEqualTo(EPISODE);
		assertThat(page.select("#episodes .pager")).isEmpty();
		assertThat(page.select(".page-sections a").eachAttr("href")).contains("#appearances", "#episodes");
	}

	@Test
	void aChartBarNarrowsTheListToItsPeriod() throws Exception {
		Document page = page("/speakers/sam-marks");
		Element full = page.selectFirst("svg.chart a.bar-group:has(rect.bar[data-count=20])");
		assertThat(full.attr("href")).isEqualTo("/speakers/sam-marks?from=2026-02-01&to=2026-02-28#appearances");

		Document february = page(full.attr("href").replace("#appearances", ""));
		assertThat(february.select(".list-summary").text()).startsWith("20 quotes from 2026-02-01 to 2026-02-28");
		assertThat(february.select("svg.chart a.bar-group.selected rect.bar").attr("data-count")).isEqualTo("20");
		assertThat(february.select(".list-summary a").attr("href")).isEqualTo("/speakers/sam-marks#appearances");
		assertThat(february.select(".episode-table tbody tr")).hasSize(1);

		Element empty = page.selectFirst("svg.chart a.bar-group:has(rect.bar[data-count=0])");
		Document none = page(empty.attr("href").replace("#appearances", ""));
		assertThat(none.select(".group-quote")).isEmpty();
		assertThat(none.select(".empty-state").text()).startsWith("No quotes match");
		assertThat(none.select(".episode-table")).isEmpty();
	}

	@Test
	void aShowTheSpeakerIsNotOnHoldsNothing() throws Exception {
		Document page = page("/speakers/sam-marks?podcast=no-such-show");

		assertThat(page.select(".group-quote")).isEmpty();
		assertThat(page.select(".empty-state").text()).startsWith("No quotes match");
		assertThat(page.select(".list-summary a").attr("href")).isEqualTo("/speakers/sam-marks#appearances");
	}

	@Test
	void searchesOnlyThisSpeakerBestMatchesFirst() throws Exception {
		MvcResult result = mvc.perform(get("/speakers/sam-marks").param("q", "\"bad role models\"")).andReturn();
		Document found = Jsoup.parse(result.getResponse().getContentAsString());

		assertThat(found.select(".group-quote")).hasSize(1);
		assertThat(found.select(".group-quote mark").text()).isEqualTo("bad role models");
		assertThat(found.select("#sq").val()).isEqualTo("\"bad role models\"");
		assertThat(found.select(".view-switch strong").text()).isEqualTo("Best matches first");
		assertThat(found.select(".view-switch a").eachAttr("href")).contains(
				"/speakers/sam-marks?q=%22bad%20role%20models%22&order=newest#appearances");
	}

	@Test
	void peopleAreFoundByAnyPartOfTheirNameIgnoringCase() throws Exception {
		assertThat(page("/speakers?name=MARK").select(".people-list .person-name").eachText()).containsExactly("Sam Marks");
		assertThat(page("/speakers?name=MARK").select(".people-count").text()).startsWith("1 person quoted matches “MARK”");
		assertThat(page("/speakers?name=MARK").select("#name").val()).isEqualTo("MARK");

		Document nobody = page("/speakers?name=zz");
		assertThat(nobody.select(".people-list li")).isEmpty();
		assertThat(nobody.select(".people-count").text()).isEqualTo("Nobody quoted matches “zz” Everyone");
		// like's own signs are letters here
		assertThat(page("/speakers?name=%25").select(".people-list li")).isEmpty();
		assertThat(page("/speakers?name=_").select(".people-list li")).isEmpty();
	}

}
