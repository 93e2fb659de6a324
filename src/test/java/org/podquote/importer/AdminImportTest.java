package org.podquote.importer;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

@SpringBootTest(properties = { "podquote.admin.username=admin", "podquote.admin.password=correct horse battery" })
@AutoConfigureMockMvc
class AdminImportTest {

	static final byte[] TRANSCRIPT = """
			**Ada Lovelace:** The engine weaves algebraic patterns.

			**Charles Babbage:** Just as the Jacquard loom weaves flowers and leaves.
			""".getBytes(StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminPagesNeedSignInWhileReadingStaysPublic() throws Exception {
		MvcResult anonymous = mvc.perform(get("/admin/import")).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(mvc.perform(get("/speakers/sam-marks")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString()).contains("name=\"_csrf\"");
	}

	@Test
	void signsInWithTheConfiguredAccountOnly() throws Exception {
		MvcResult good = mvc.perform(formLogin("/login").user("admin").password("correct horse battery")).andReturn();
		assertThat(good.getResponse().getRedirectedUrl()).endsWith("/admin/import");
		MvcResult bad = mvc.perform(formLogin("/login").user("admin").password("wrong")).andReturn();
		assertThat(bad.getResponse().getRedirectedUrl()).endsWith("/login?error");
	}

	@Test
	void uploadImportsTheTranscriptAndShowsTheReport() throws Exception {
		MvcResult result = mvc.perform(multipart("/admin/import")
			.file(new MockMultipartFile("files", "analytical-engine.md", "text/markdown", TRANSCRIPT))
			.param("podcast", "Engines of Thought")
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/import");
		assertThat(jdbc.queryForObject("select count(*) from appearance a join episode e on e.id = a.episode_id "
				+ "join podcast p on p.id = e.podcast_id where p.title = 'Engines of Thought'", Long.class)).isEqualTo(2);
		Document page = Jsoup.parse(mvc.perform(get("/admin/import").flashAttrs(result.getFlashMap())
			.with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".report-summary").text()).startsWith("1 file: 1 imported");
		assertThat(mvc.perform(get("/speakers/ada-lovelace")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aBadFileIsReportedWithItsNameAndWritesNothing() throws Exception {
		long before = jdbc.queryForObject("select count(*) from episode", Long.class);
		MvcResult result = mvc.perform(multipart("/admin/import")
			.file(new MockMultipartFile("files", "garbage.vtt", "text/vtt", new byte[] { 0, 1, 2, 3, (byte) 0xff, 0 }))
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andReturn();

		Document page = Jsoup.parse(mvc.perform(get("/admin/import").flashAttrs(result.getFlashMap())
			.with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".failures li").text()).startsWith("garbage.vtt");
		assertThat(jdbc.queryForObject("select count(*) from episode", Long.class)).isEqualTo(before);
	}

	@Test
	void whatAnUploadLeftOutIsInTheReport() throws Exception {
		byte[] transcript = """
				---
				title: Scripted Upload
				audio: javascript:alert(document.cookie)
				---

				**Ada Lovelace:** The engine weaves algebraic patterns.
				""".getBytes(StandardCharsets.UTF_8);
		MvcResult result = mvc.perform(multipart("/admin/import")
			.file(new MockMultipartFile("files", "scripted.md", "text/markdown", transcript))
			.param("podcast", "Scripted Uploads")
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andReturn();

		Document page = Jsoup.parse(mvc.perform(get("/admin/import").flashAttrs(result.getFlashMap())
			.with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".report-summary").text()).startsWith("1 file: 1 imported");
		assertThat(page.select(".report-notes li").eachText()).contains("scripted.md: the audio "
				+ "\"javascript:alert(document.cookie)\" in front matter is not an http or https address; left out");
		assertThat(jdbc.queryForList("select audio_url from episode where title = 'Scripted Upload'", String.class))
			.containsOnlyNulls()
			.hasSize(1);
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		int status = mvc.perform(multipart("/admin/import")
			.file(new MockMultipartFile("files", "a.md", "text/markdown", TRANSCRIPT))
			.with(user("admin").roles("ADMIN"))).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(403);
	}

	@Test
	void anEmptyFormOrABadUrlIsToldOnTheForm() throws Exception {
		Document empty = Jsoup.parse(mvc.perform(multipart("/admin/import").with(csrf()).with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(empty.select(".field-error").text()).isEqualTo("Choose at least one file, or give a feed URL.");

		Document badUrl = Jsoup.parse(mvc.perform(multipart("/admin/import").param("feedUrl", "file:///etc/passwd")
			.param("podcast", "Kept")
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString());
		assertThat(badUrl.select(".field-error").text()).contains("http:// or https://");
		assertThat(badUrl.select("#feedUrl").val()).isEqualTo("file:///etc/passwd");
		assertThat(badUrl.select("#podcast").val()).isEqualTo("Kept");
	}

}
