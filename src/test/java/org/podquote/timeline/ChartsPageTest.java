package org.podquote.timeline;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.podquote.testing.PageTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts page: rankings and the library over time. */
class ChartsPageTest extends PageTest {

	@Test
	void ranksPeopleAndPodcastsAndDrawsTheLibrary() throws Exception {
		Document page = page("/charts");

		assertThat(page.select("h2").eachText()).contains("Most quoted people, all time", "Most quoted podcasts, all time");
		assertThat(page.select(".ranking").first().select("li").text()).isEqualTo("Sam Marks Sample 20 appearances");
		assertThat(page.select(".ranking a[href=/podcasts/lesswrong-curated-popular]")).isNotEmpty();
		assertThat(page.select("svg.chart rect.bar[data-count=20]")).hasSize(1);
		assertThat(page.select("svg.chart a")).isEmpty();
		// all dated: no undated bar, no chart by episode number, no note on the rankings since a date
		assertThat(page.select("rect.undated-bar, .episode-order, .ranking-note")).isEmpty();
		assertThat(page.select("svg.chart")).hasSize(1);
	}

}
