package org.podquote.episode;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.podquote.testing.PageTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The seed's episode page: its transcript, and search inside it. */
class EpisodePageTest extends PageTest {

	@Test
	void showsEveryQuoteInOrderWithItsAnchor() throws Exception {
		Document page = page(EPISODE);

		List<Long> ids = jdbc.queryForList("select id from appearance order by position", Long.class);
		assertThat(page.select("ol.transcript > li").eachAttr("id"))
			.containsExactlyElementsOf(ids.stream().map(id -> "a" + id).toList());
		assertThat(page.select("h1").text()).isEqualTo("\"The persona selection model\" by Sam Marks");
		assertThat(page.select("main > p.muted").text()).contains("25 February 2026").contains("1:34:24").contains("20 quotes");
		assertThat(page.select("li.is-heading h2").text()).isEqualTo("Interpretability-based alignment auditing will be tractable.");
	}

	@Test
	void searchMarksMatchesInOrderWithPreviousAndNext() throws Exception {
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

}
