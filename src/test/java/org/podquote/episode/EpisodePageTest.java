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

	@Test
	void everyMatchedQuoteNamesItsSpeakerAndASearchResultLeadsToItMarked() throws Exception {
		Document page = page(EPISODE + "?q=archetype");

		assertThat(page.select("li.turn.match")).hasSizeGreaterThan(2)
			.allSatisfy(turn -> assertThat(turn.select(".turn-head .speaker-link").text()).isEqualTo("Sam Marks"));
		// the seed's twenty quotes are one narrator's: unsearched, only the first names him
		assertThat(page(EPISODE).select("li.turn .speaker-link")).hasSize(1);

		Document results = page("/search?q=archetype");
		String read = results.select(".quote-card a.quote-link:contains(Read in the episode)").first().attr("href");
		assertThat(read).startsWith(EPISODE + "?q=archetype#a");
		Document marked = page(read.substring(0, read.indexOf('#')));
		assertThat(marked.getElementById(read.substring(read.indexOf('#') + 1)).select("mark").text()).startsWith("archetype");
		Document phrase = Jsoup.parse(mvc.perform(get("/search").param("q", "\"bad role models\""))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(phrase.select(".quote-card a.quote-link:contains(Read in the episode)").first().attr("href"))
			.contains("?q=%22bad+role+models%22#a");
	}

	@Test
	void anEpisodeWithQuotesOffersItsDownloadsAndNoEmptyState() throws Exception {
		Document page = page(EPISODE);

		assertThat(page.select(".downloads a[download]")).hasSize(5);
		assertThat(page.select(".empty-transcript")).isEmpty();
	}

}
