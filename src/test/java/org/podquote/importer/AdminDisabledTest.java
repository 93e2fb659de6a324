package org.podquote.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.podquote.episode.Episodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** With no admin account set, the admin pages say how to turn them on. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminDisabledTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminPageExplainsHowToEnableIt() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/admin/import")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Admin pages are off");
		assertThat(page.select("pre").text()).contains("PODQUOTE_ADMIN_USERNAME").contains("PODQUOTE_ADMIN_PASSWORD");
		assertThat(page.select("form[enctype=multipart/form-data]")).isEmpty();
		Document login = Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
		assertThat(login.select("input[type=password]")).isEmpty();
		assertThat(login.select(".notice pre").text()).contains("PODQUOTE_ADMIN_PASSWORD");
	}

	@Test
	void namingAVoiceIsRefusedToo() throws Exception {
		long before = jdbc.queryForObject("select count(*) from speaker", Long.class);
		Document page = Jsoup.parse(mvc.perform(post(Episodes.voicesUrl("lesswrong-curated-popular",
				"the-persona-selection-model-by-sam-marks")).param("voice", "Speaker 1").param("name", "Eve").with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Admin pages are off");
		assertThat(jdbc.queryForObject("select count(*) from speaker", Long.class)).isEqualTo(before);
	}

}
