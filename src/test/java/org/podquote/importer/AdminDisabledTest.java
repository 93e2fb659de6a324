package org.podquote.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** With no admin account set, the admin pages say how to turn them on. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminDisabledTest {

	@Autowired
	MockMvc mvc;

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

}
