package org.podquote.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.podquote.testing.PageTest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A client's {@code Host} (and, untrusted, {@code X-Forwarded-*}) header never gets into a page,
 * feed, API answer, download or redirect. With no {@code podquote.base-url} here, absolute links
 * name the server's own address ({@link PublicUrls}).
 */
class HostHeaderTest extends PageTest {

	static final String EVIL = "evil.example";

	@Test
	void aSpoofedHostIsNowhereInWhatTheSiteAnswers() throws Exception {
		long id = jdbc.queryForObject("select min(id) from appearance", Long.class);
		for (String path : List.of("/", "/quotes/" + id, EPISODE, "/speakers/sam-marks", "/search?q=model",
				"/feeds/speakers/sam-marks.atom", "/feeds/podcasts/lesswrong-curated-popular.atom",
				"/feeds/search.atom?q=model", "/api/v1/speakers/sam-marks", "/api/v1/search?q=model",
				"/api/v1/quotes/" + id, "/api/v1/podcasts/lesswrong-curated-popular/episodes",
				"/api/v1/episodes/lesswrong-curated-popular/the-persona-selection-model-by-sam-marks", "/search.csv?q=model",
				"/speakers/sam-marks/appearances.csv", "/v3/api-docs", "/api", "/admin/import", "/speakers/nobody")) {
			MockHttpServletResponse response = mvc.perform(get(path).header("Host", EVIL)
				.header("X-Forwarded-Host", EVIL)
				.header("X-Forwarded-Proto", "https")
				.header("Forwarded", "host=" + EVIL)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isLessThan(500);
			assertThat(response.getContentAsString()).as(path).doesNotContain(EVIL);
			for (String name : response.getHeaderNames()) {
				assertThat(response.getHeaders(name)).as("%s of %s", name, path).noneMatch(value -> value.contains(EVIL));
			}
			if (response.getRedirectedUrl() != null) {
				assertThat(response.getRedirectedUrl()).as(path).startsWith("/");
			}
		}
	}

	@Test
	void absoluteLinksNameTheServersOwnAddress() throws Exception {
		long id = jdbc.queryForObject("select min(id) from appearance", Long.class);
		var page = org.jsoup.Jsoup.parse(mvc.perform(get("/quotes/" + id).header("Host", EVIL + ":8443"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost/quotes/" + id);
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/quotes/" + id);
		String feed = mvc.perform(get("/feeds/speakers/sam-marks.atom").header("Host", EVIL))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(feed).contains("<id>tag:localhost,2026:feed/speakers/sam-marks</id>",
				"href=\"http://localhost/feeds/speakers/sam-marks.atom\"");
	}

}
