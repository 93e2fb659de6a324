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
	void pageAndPeopleListShowOurCountsNotTheSites() throws Exception {
		Document page = page("/speakers/sam-marks");

		assertThat(page.select("h1").text()).isEqualTo("Sam Marks");
		assertThat(page.select(".role").text()).isEqualTo("Author");
		assertThat(page.select("#total-appearances").text()).isEqualTo("20");
		assertThat(page.select(".stats dd").eachText()).containsExactly("20", "1", "1", "Feb 2026");
		assertThat(page.text()).doesNotContain("891");
		assertThat(page.select("h2").eachText()).contains("Appearances Over Time", "Podcast Appearances");
		assertThat(page("/speakers").select(".people-list li").eachText()).containsExactly("S Sam Marks 20 appearances");
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
	void listsQuotesTenAPageGroupedByEpisodeLinkingIntoTheEpisode() throws Exception {
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
	void listOrdersOldestFirstAndSearchesOnlyThisSpeaker() throws Exception {
		List<String> oldest = page("/speakers/sam-marks?order=oldest").select(".group-quote .quote-text").eachText();
		assertThat(oldest.get(0)).startsWith("According to PSM");
		assertThat(page("/speakers/sam-marks?order=oldest").select(".sort strong").text()).isEqualTo("Oldest");

		MvcResult result = mvc.perform(get("/speakers/sam-marks").param("q", "\"bad role models\"")).andReturn();
		Document found = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(found.select(".group-quote")).hasSize(1);
		assertThat(found.select(".group-quote mark").text()).isEqualTo("bad role models");
		assertThat(found.select("#sq").val()).isEqualTo("\"bad role models\"");
	}

}
