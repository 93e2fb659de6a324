package org.podquote.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.podquote.system.PageSizes;
import org.podquote.testing.PageTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The search page on the seed library: results, notes on odd input, facets and filters. */
class SearchPageTest extends PageTest {

	@Test
	void marksThePhraseAndCountsResults() throws Exception {
		Document page = search("\"bad role models\"");

		assertThat(page.select(".result-count").text()).startsWith("1 quote");
		assertThat(page.select(".quote-text mark").eachText()).containsExactly("bad role models");
		assertThat(page.select("#q").val()).isEqualTo("\"bad role models\"");
	}

	@Test
	void saysWhenNothingMatchesAndExplainsOddInput() throws Exception {
		assertThat(search("\"models role bad\"").select(".result-count").text())
			.isEqualTo("No quotes match \u201c\"models role bad\"\u201d.");
		Document unbalanced = search("\"bad role");
		assertThat(unbalanced.select(".notice").text()).contains("quotation mark had no partner");
		assertThat(unbalanced.select(".quote-card")).hasSize(1);
		Document script = search("<script>alert(1)</script>");
		assertThat(script.select("main script")).isEmpty();
		assertThat(page("/search").select(".help li")).hasSize(6);
		assertThat(page("/search").select(".help li").last().text()).startsWith("Words and meaning (the default)");
	}

	@Test
	void showsEveryHitWhenTheyFitOnOnePage() throws Exception {
		Document page = search("the");
		int total = Integer.parseInt(page.select(".result-count").text().replaceAll("\\D.*", ""));
		assertThat(total).isBetween(2, PageSizes.SEARCH);
		assertThat(page.select(".quote-card")).hasSize(total);
		assertThat(page.select(".pager")).isEmpty();
	}

	@Test
	void facetsNarrowTheSearchAndFiltersCanBeRemoved() throws Exception {
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
	void suggestsASpellingWhenNothingMatches() throws Exception {
		Document page = search("archetipe");

		assertThat(page.select(".empty-state").text()).contains("No quotes match");
		assertThat(page.select(".suggestion").text()).isEqualTo("Did you mean archetype?");
		assertThat(page.select(".suggestion a").attr("href")).isEqualTo("/search?q=archetype");
		assertThat(page("/search?q=archetipe&sort=oldest").select(".suggestion a").attr("href"))
			.isEqualTo("/search?q=archetype&sort=oldest");
		assertThat(search("archetype").select(".suggestion")).isEmpty();
	}

	@Test
	void linksThePersonWhoseNameIsTheQuery() throws Exception {
		Document page = search("sam marks");

		assertThat(page.select(".name-matches li").text()).isEqualTo("Sam Marks \u2014 person, 20 quotes");
		assertThat(page.select(".name-matches a").attr("href")).isEqualTo("/speakers/sam-marks");
		assertThat(search("archetype").select(".name-matches")).isEmpty();
	}

	private Document search(String q) throws Exception {
		MvcResult result = mvc.perform(get("/search").param("q", q)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
