package org.podquote.system;

import java.net.URI;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.podquote.testing.PageTest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The security headers of every kind of response, and pages that a strict Content-Security-Policy lets be. */
class SecurityHeadersTest extends PageTest {

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		for (String path : List.of("/", "/speakers/sam-marks", "/search?q=model", "/login", "/speakers/nobody",
				"/api/v1/speakers", "/api/v1/speakers/nobody", "/feeds/speakers/sam-marks.atom", "/css/podquote.css",
				"/js/podquote.js", "/api", "/actuator/health")) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getHeader("Content-Security-Policy")).as(path).isEqualTo(SecurityHeaders.PAGES);
			assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
			assertThat(response.getHeader("Permissions-Policy")).as(path).contains("camera=()", "microphone=()", "geolocation=()");
			assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
		}
		assertThat(SecurityHeaders.PAGES).startsWith("default-src 'self';").contains("frame-ancestors 'none'")
			.doesNotContain("unsafe");
	}

	@Test
	void theApiPageHasAPolicyOfItsOwn() throws Exception {
		String redirect = mvc.perform(get("/api")).andReturn().getResponse().getRedirectedUrl();
		MockHttpServletResponse page = mvc.perform(get(redirect)).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.API_PAGE)
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe");
	}

	/** What the policy forbids: a page with any of it would break in the browser, not in this test. */
	@Test
	void pagesHaveNoInlineScriptStyleOrEventHandlers() throws Exception {
		long id = jdbc.queryForObject("select min(id) from appearance", Long.class);
		for (String path : List.of("/", "/search?q=model", "/search?q=%22bad+role+models%22&speaker=sam-marks", "/speakers",
				"/speakers/sam-marks", "/podcasts", "/podcasts/lesswrong-curated-popular", EPISODE, EPISODE + "?q=model",
				"/quotes/" + id, "/charts", "/topics?speaker=sam-marks", "/login")) {
			inlineCodeIn(path, page(path));
		}
		MockHttpServletResponse notFound = mvc.perform(get("/speakers/nobody")).andReturn().getResponse();
		inlineCodeIn("the 404 page", Jsoup.parse(notFound.getContentAsString()));
	}

	@Test
	void aCsrfTokenInTheQueryStringIsRefused() throws Exception {
		assertThat(mvc.perform(post("/logout").with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(mvc.perform(post("/logout?_csrf=token").with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(post(URI.create("/logout?a=1&%5Fcsrf=token")).with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(post("/logout?a=1").with(csrf().asHeader())).andReturn().getResponse().getStatus())
			.isEqualTo(302);
	}

	private static void inlineCodeIn(String path, Document page) {
		assertThat(page.select("style")).as("<style> in %s", path).isEmpty();
		assertThat(page.select("[style]")).as("style= in %s", path).isEmpty();
		for (Element script : page.select("script")) {
			assertThat(script.hasAttr("src")).as("a script without src in %s", path).isTrue();
			assertThat(script.data().isBlank()).as("a script body in %s", path).isTrue();
		}
		for (Element element : page.getAllElements()) {
			element.attributes().forEach(attribute -> {
				assertThat(attribute.getKey()).as("an event handler on <%s> in %s", element.tagName(), path).doesNotStartWith("on");
				assertThat(attribute.getValue().strip().toLowerCase()).as("a javascript: URL in %s", path)
					.doesNotStartWith("javascript:");
			});
		}
	}

}
