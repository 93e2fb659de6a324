package org.podquote.podcast;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.podquote.testing.PageTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The shows list and the seed's show page. */
class PodcastPageTest extends PageTest {

	@Test
	void listsShowsWithTheirEpisodes() throws Exception {
		Document podcasts = page("/podcasts");
		assertThat(podcasts.select(".card h2 a").attr("href")).isEqualTo("/podcasts/lesswrong-curated-popular");
		assertThat(podcasts.select(".card p").text()).contains("1 episode").contains("Feb 2026");
		assertThat(page("/podcasts/lesswrong-curated-popular").select(".episode-row h3 a").attr("href")).isEqualTo(EPISODE);
	}

	@Test
	void listsWhoIsCreditedAndMostQuoted() throws Exception {
		Document page = page("/podcasts/lesswrong-curated-popular");

		assertThat(page.select("section:has(h2:contains(Hosts and guests)) li").text()).isEqualTo("Sam Marks Author Sample 1 episode");
		assertThat(page.select("section:has(h2:contains(Most quoted)) li").text()).isEqualTo("Sam Marks Sample 20 appearances");
	}

	@Test
	void aShowPageSearchesThatShowAndOffersTheOrdersItsEpisodesAllow() throws Exception {
		Document page = page("/podcasts/lesswrong-curated-popular");

		assertThat(page.select("form.podcast-search").attr("action")).isEqualTo("/search");
		assertThat(page.select("form.podcast-search input[name=podcast]").val()).isEqualTo("lesswrong-curated-popular");
		assertThat(page.select("form.podcast-search label").text()).isEqualTo("Search the quotes of LessWrong (Curated & Popular)");
		// its one episode has a date and no number: by date only
		assertThat(page.select("nav.sort a, nav.sort strong").eachText()).containsExactly("Newest first", "Oldest first");
		assertThat(page.select(".episode-row time").attr("datetime")).isEqualTo("2026-02-25");
		assertThat(page.select(".pager")).isEmpty();
		assertThat(status("/podcasts/lesswrong-curated-popular?page=2")).isEqualTo(404);
	}

}
