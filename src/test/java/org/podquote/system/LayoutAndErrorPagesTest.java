package org.podquote.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.podquote.testing.PageTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** What every page shares: the layout's navigation, and the not-found page. */
class LayoutAndErrorPagesTest extends PageTest {

	@Test
	void everyNavEntryLeadsToAPage() throws Exception {
		List<String> links = page("/").select("nav.site-nav a").eachAttr("href");
		assertThat(links).containsExactly("/search", "/podcasts", "/speakers", "/charts", "/api", "/login");
		for (String link : links) {
			// /api redirects to the API page (Swagger UI) of springdoc
			String redirect = mvc.perform(get(link)).andReturn().getResponse().getRedirectedUrl();
			assertThat(status(redirect == null ? link : redirect)).as(link).isEqualTo(200);
		}
	}

	@Test
	void unknownThingsGetTheNotFoundPage() throws Exception {
		for (String path : List.of("/speakers/nobody", "/podcasts/nothing", "/podcasts/lesswrong-curated-popular/episodes/nope",
				"/quotes/999999")) {
			MvcResult result = mvc.perform(get(path)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
			assertThat(result.getResolvedException()).isInstanceOf(NotFoundException.class);
		}
	}

}
