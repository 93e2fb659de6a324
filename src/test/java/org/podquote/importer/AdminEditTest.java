package org.podquote.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.search.QuoteHit;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchPage;
import org.podquote.search.SearchQuery;
import org.podquote.system.Slugs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The admin's form of an episode's title, date, number, audio and link: signed in, with the
 * form's CSRF token, errors at their fields, and an edit that stands over a later import. Shares
 * its app with the voice tests, so each test imports a show of its own.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.admin.username=admin",
		"podquote.admin.password=correct horse battery", "podquote.import.aliases.[Ada\\ Lovelace]=Countess" })
@AutoConfigureMockMvc
class AdminEditTest {

	@Autowired
	ImportJob job;

	@Autowired
	QuoteSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path temp;

	@Test
	void theEpisodePageLinksToTheFormOnlyWhenSignedIn() throws Exception {
		Path show = show("Link Desk");
		Document anonymous = page(get("/podcasts/link-desk/episodes/link-desk-1"));
		assertThat(anonymous.select(".admin-links")).isEmpty();

		Document admin = page(get("/podcasts/link-desk/episodes/link-desk-1").with(user("admin").roles("ADMIN")));
		assertThat(admin.select(".admin-links a").eachAttr("href")).containsExactly(
				"/admin/podcasts/link-desk/episodes/link-desk-1/edit", "/admin/podcasts/link-desk/episodes/link-desk-1/delete");
		assertThat(page(get("/podcasts/link-desk").with(user("admin").roles("ADMIN"))).select(".admin-links a")
			.eachAttr("href")).containsExactly("/admin/podcasts/link-desk/delete");
		assertThat(page(get("/speakers/dee-desk").with(user("admin").roles("ADMIN"))).select(".admin-links a")
			.eachAttr("href")).containsExactly("/admin/speakers/dee-desk/delete", "/admin/speakers/dee-desk/identity");
		assertThat(page(get("/podcasts/link-desk")).select(".admin-links")).isEmpty();
		assertThat(show).isDirectory();
	}

	@Test
	void anEditIsStoredShownAndStandsOverTheNextImportOfTheFile() throws Exception {
		Path show = show("Edit Desk");
		String form = "/admin/podcasts/edit-desk/episodes/edit-desk-1/edit";
		Document blank = page(get(form).with(user("admin").roles("ADMIN")));
		assertThat(blank.select("h1").text()).isEqualTo("Edit the episode");
		assertThat(blank.select("#title").val()).isEqualTo("Edit Desk #1");
		assertThat(blank.select("#number").val()).isEqualTo("1");
		assertThat(blank.select("main form input[name=_csrf]")).hasSize(1);

		MvcResult saved = mvc.perform(edit(form, "  Why   Desks?  ", "2021-06-30", "7", "https://cdn.example/7.mp3",
				"https://desk.example/7")).andReturn();

		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/podcasts/edit-desk/episodes/edit-desk-1");
		assertThat(episode("edit-desk", "edit-desk-1")).containsEntry("TITLE", "Why Desks?")
			.containsEntry("PUBLISHED_ON", java.sql.Date.valueOf(LocalDate.of(2021, 6, 30)))
			.containsEntry("NUMBER", 7)
			.containsEntry("AUDIO_URL", "https://cdn.example/7.mp3")
			.containsEntry("LINK", "https://desk.example/7")
			.containsEntry("FACTS_SOURCE", "EDIT");
		Document after = page(get("/podcasts/edit-desk/episodes/edit-desk-1").flashAttrs(saved.getFlashMap())
			.with(user("admin").roles("ADMIN")));
		assertThat(after.select(".admin-notice").text()).isEqualTo("Saved \u201cWhy Desks?\u201d.");
		assertThat(after.select("h1").text()).isEqualTo("Why Desks?");
		assertThat(after.select("audio").attr("src")).isEqualTo("https://cdn.example/7.mp3");
		// the index holds the new date
		assertThat(hits("first desk", LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30)).hits()).hasSize(1);

		// emptied fields clear their facts; the title must stay
		mvc.perform(edit(form, "Why Desks?", "", "", "", ""));
		assertThat(episode("edit-desk", "edit-desk-1")).containsEntry("PUBLISHED_ON", null)
			.containsEntry("NUMBER", null)
			.containsEntry("AUDIO_URL", null);

		mvc.perform(edit(form, "Why Desks?", "2021-06-30", "7", "", ""));
		Files.writeString(show.resolve("edit-desk-1.md"), "**Dee Desk:** The first desk, recut.\n");
		assertThat(job.run(List.of(show.toString()), null, ImportJob.Progress.NONE).replaced()).isEqualTo(1);
		assertThat(episode("edit-desk", "edit-desk-1")).containsEntry("TITLE", "Why Desks?").containsEntry("NUMBER", 7);
	}

	@Test
	void badValuesAreShownAtTheirFieldsAndChangeNothing() throws Exception {
		show("Error Desk");
		String form = "/admin/podcasts/error-desk/episodes/error-desk-1/edit";
		Map<String, Object> before = episode("error-desk", "error-desk-1");

		MvcResult result = mvc.perform(edit(form, "   ", "31/05/2024", "twelve", "javascript:alert(1)", "ftp://desk.example/x"))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select(".field-error").eachText()).containsExactly("Give the episode a title.",
				"Write the date as 2024-05-31, or leave it empty.", "The number is a whole number, such as 12, or empty.",
				"Give an http:// or https:// address with a host, or leave it empty.",
				"Give an http:// or https:// address with a host, or leave it empty.");
		Element date = page.selectFirst("#date");
		assertThat(date.val()).isEqualTo("31/05/2024");
		assertThat(date.attr("aria-invalid")).isEqualTo("true");
		assertThat(date.attr("aria-describedby")).isEqualTo("date-error date-hint");
		assertThat(page.selectFirst("#date-error").text()).startsWith("Write the date");
		assertThat(page.selectFirst("#title").attr("aria-describedby")).isEqualTo("title-error");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(episode("error-desk", "error-desk-1")).isEqualTo(before);
	}

	@Test
	void withoutSignInOrTokenTheFormIsRefused() throws Exception {
		show("Guard Desk");
		String form = "/admin/podcasts/guard-desk/episodes/guard-desk-1/edit";
		Map<String, Object> before = episode("guard-desk", "guard-desk-1");

		assertThat(mvc.perform(get(form)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(mvc.perform(post(form).param("title", "Taken").with(csrf())).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(mvc.perform(post(form).param("title", "Taken").with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/admin/podcasts/guard-desk/episodes/nothing/edit").with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(episode("guard-desk", "guard-desk-1")).isEqualTo(before);
	}

	static MockHttpServletRequestBuilder edit(String form, String title, String date, String number, String audio,
			String link) {
		return post(form).param("title", title)
			.param("date", date)
			.param("number", number)
			.param("audioUrl", audio)
			.param("link", link)
			.with(csrf())
			.with(user("admin").roles("ADMIN"));
	}

	/** A show of two episodes, {@code <slug>-1} and {@code <slug>-2}, by Dee Desk and Ray Desk. */
	private Path show(String podcast) throws Exception {
		Path show = Files.createDirectory(temp.resolve(podcast));
		String slug = Slugs.of(podcast);
		Files.writeString(show.resolve(slug + "-1.md"), "**Dee Desk:** The first desk.\n\n**Ray Desk:** Indeed.\n",
				StandardCharsets.UTF_8);
		Files.writeString(show.resolve(slug + "-2.md"), "**Dee Desk:** The second desk.\n", StandardCharsets.UTF_8);
		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);
		assertThat(report.failures()).isEmpty();
		return show;
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private SearchPage<QuoteHit> hits(String words, LocalDate from, LocalDate to) {
		return search.search(new SearchQuery(words, null, null, null, from, to, SearchQuery.Sort.RELEVANCE, 0, 10, true));
	}

	private Map<String, Object> episode(String podcast, String episode) {
		return jdbc.queryForMap("""
				select e.title, e.number, e.published_on, e.audio_url, e.link, e.facts_source
				from episode e join podcast p on p.id = e.podcast_id where p.slug = ? and e.slug = ?""", podcast, episode);
	}

}
