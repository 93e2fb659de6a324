package org.podquote.importer;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Whatever name a browser sends with an upload, the admin page imports the file under a cleaned
 * name and shows the report: no name is a server error, none reaches the library as sent.
 */
@SpringBootTest(properties = { "podquote.admin.username=admin", "podquote.admin.password=correct horse battery" })
@AutoConfigureMockMvc
class AdminUploadNamesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> names() {
		String latin1AsUtf8 = new String("caf\u00e9-talk.md".getBytes(StandardCharsets.ISO_8859_1),
				StandardCharsets.UTF_8);
		return Stream.of(Arguments.of("nul", "talk\u0000.md", "talk.md"),
				Arguments.of("traversal", "../../etc/passwd.md", "etc/passwd.md"),
				Arguments.of("windows path", "C:\\Users\\ada\\..\\engine.md", "C:/Users/ada/engine.md"),
				Arguments.of("absolute", "/var/lib/podquote/notes.md", "var/lib/podquote/notes.md"),
				Arguments.of("300 characters", "a".repeat(296) + ".srt", "a".repeat(116) + ".srt"),
				Arguments.of("empty", "", "upload"), Arguments.of("only dots", "...", "upload"),
				Arguments.of("dot file", ".hidden.md", "hidden.md"),
				Arguments.of("not UTF-8", latin1AsUtf8, "caf -talk.md"),
				Arguments.of("bidi and zero-width", "\u202Eevil\u200B.md", "evil .md"),
				Arguments.of("control characters", "line\r\nbreak\t.md", "line break .md"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("names")
	void importsUnderACleanedNameAndShowsTheReport(String what, String sent, String cleaned) throws Exception {
		String podcast = "Upload Names " + what;
		byte[] transcript = sent.endsWith(".srt")
				? "1\n00:00:01,000 --> 00:00:02,000\nAda Lovelace: The engine weaves patterns.\n"
					.getBytes(StandardCharsets.UTF_8)
				: AdminImportTest.TRANSCRIPT;

		MvcResult result = mvc.perform(multipart("/admin/import")
			.file(new MockMultipartFile("files", sent, "application/octet-stream", transcript))
			.param("podcast", podcast)
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andReturn();

		assertThat(UploadNames.clean(sent)).isEqualTo(cleaned);
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/import");
		Document page = Jsoup.parse(mvc.perform(get("/admin/import").flashAttrs(result.getFlashMap())
			.with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".report-summary").text()).startsWith("1 file: 1 imported");
		assertThat(page.select(".failures")).isEmpty();
		assertThat(jdbc.queryForList("""
				select t.location from transcript_source t join episode e on e.id = t.episode_id
				join podcast p on p.id = e.podcast_id where p.title = ?""", String.class, podcast))
			.singleElement()
			.isEqualTo(cleaned);
	}

}
