package org.podquote.home;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.podquote.testing.PageTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page of the seed library. */
class HomePageTest extends PageTest {

	@Test
	void showsTotalsTopSpeakersAndTheShowsWithTheLatestQuotes() throws Exception {
		Document page = page("/");

		assertThat(page.select(".totals dd").eachText()).containsExactly("20", "1", "1", "1");
		assertThat(page.select(".people-list a").attr("href")).isEqualTo("/speakers/sam-marks");
		assertThat(page.select(".show-list a").attr("href")).isEqualTo("/podcasts/lesswrong-curated-popular");
		assertThat(page.select(".show-list li").text()).contains("20 quotes").contains("latest episode 25 Feb 2026");
		assertThat(page.select("form[role=search]").attr("action")).isEqualTo("/search");
	}

	@Test
	void countsThePeopleThePeopleIndexLists() throws Exception {
		String people = page("/").select(".totals div:has(dt:contains(People)) dd").text();

		assertThat(page("/speakers").select(".people-count").text()).isEqualTo(people + " person quoted");
		assertThat(Long.parseLong(people)).isEqualTo(
				jdbc.queryForObject("select count(distinct speaker_id) from appearance", Long.class));
	}

}
