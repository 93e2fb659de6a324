package org.podquote.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The pages of the seed library, rendered through the whole MVC stack and read back with jsoup. Each
 * feature's page test extends this beside its feature; all of them share one app ({@link SeedLibraryTest}).
 */
@SeedLibraryTest
public abstract class PageTest {

	/** The seed's one episode. */
	protected static final String EPISODE = "/podcasts/lesswrong-curated-popular/episodes/the-persona-selection-model-by-sam-marks";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	/** The page at this path, which must answer 200 with HTML. */
	protected Document page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("text/html");
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	protected int status(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

}
