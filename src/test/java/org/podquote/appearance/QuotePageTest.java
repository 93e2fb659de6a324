package org.podquote.appearance;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.podquote.testing.PageTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A quote's permalink page. */
class QuotePageTest extends PageTest {

	@Test
	void permalinkShowsTheQuoteWithItsSource() throws Exception {
		long id = jdbc.queryForObject("select id from appearance where position = 2", Long.class);

		Document page = page("/quotes/" + id);

		assertThat(page.select("blockquote").text()).isEqualTo("Think of the Terminator or HAL 9000.");
		assertThat(page.select("figcaption a.speaker-link").attr("href")).isEqualTo("/speakers/sam-marks");
		assertThat(page.select("a.button").attr("href")).isEqualTo(EPISODE + "#a" + id);
	}

	@Test
	void sharedLinkPreviewsWithOpenGraphTags() throws Exception {
		long id = jdbc.queryForObject("select id from appearance where position = 1", Long.class);
		Document page = page("/quotes/" + id);

		assertThat(page.select("meta[property=og:description]").attr("content"))
			.isEqualTo("\u201cUnfortunately, many AIs appearing in fiction are bad role models.\u201d");
		assertThat(page.select("meta[property=og:title]").attr("content"))
			.isEqualTo("Sam Marks \u2014 \"The persona selection model\" by Sam Marks");
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost/quotes/" + id);
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(page.select("meta[property=og:image]").attr("content")).isEqualTo("http://localhost/quotes/" + id + "/card.png");
		assertThat(page.select("#citation").text()).isEqualTo("Sam Marks, \u201c\"The persona selection model\" by Sam Marks\u201d, "
				+ "LessWrong (Curated & Popular), 25 February 2026. http://localhost/quotes/" + id);
	}

}
