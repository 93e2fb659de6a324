package org.podquote.episode;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.podquote.testing.PageTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Wherever the sample is counted, the page says so: the home totals, the podcasts, its podcast and its
 * episode, the charts; the people and podcasts it alone makes are tagged in the rankings and lists.
 */
class SampleLabelsTest extends PageTest {

	static final String NOTE = "Sample Includes the sample: 20 quotes in 1 episode, which Podquote starts with.";

	@Test
	void theHomeTotalsSayHowMuchOfThemIsTheSample() throws Exception {
		Document home = page("/");
		assertThat(home.select(".sample-note").text()).isEqualTo(NOTE);
		assertThat(home.select(".sample-note a")).isEmpty();
	}

	@Test
	void thePodcastsAndThePodcastPageTagTheSample() throws Exception {
		assertThat(page("/podcasts").select(".card h2 .tag").eachText()).containsExactly("Sample");
		Document podcast = page("/podcasts/lesswrong-curated-popular");
		assertThat(podcast.select(".sample-note").text()).isEqualTo(NOTE);
		assertThat(podcast.select(".episode-row h3 .tag").eachText()).containsExactly("Sample");
	}

	@Test
	void theChartsAndThePeopleListsTagWhatTheSampleAloneCounts() throws Exception {
		Document charts = page("/charts");
		assertThat(charts.select(".sample-note").text()).isEqualTo(NOTE);
		assertThat(charts.select(".ranking li")).isNotEmpty().allSatisfy(row -> assertThat(row.select(".tag").text())
			.isEqualTo("Sample"));
		assertThat(charts.select(".ranking li").eachText()).contains("Sam Marks Sample 20 appearances",
				"LessWrong (Curated & Popular) Sample 20 quotes");
		assertThat(page("/speakers").select(".people-list li .tag").eachText()).containsExactly("Sample");
		assertThat(page("/").select(".people-list li .tag").eachText()).containsExactly("Sample");
	}

	@Test
	void theEpisodePageSaysItIsTheSampleAndTheAdminMayRemoveIt() throws Exception {
		assertThat(page(EPISODE).select(".sample-note").text())
			.isEqualTo("Sample This is the sample Podquote starts with, to have something to browse.");
		Document signedIn = Jsoup.parse(mvc.perform(get(EPISODE).with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(signedIn.select(".sample-note a").attr("href")).isEqualTo("/admin/sample/remove");
	}

}
