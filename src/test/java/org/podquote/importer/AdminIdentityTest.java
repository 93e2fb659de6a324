package org.podquote.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.search.QuoteHit;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchPage;
import org.podquote.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The admin's identity tools: merge two people (the merged name an alias, the old page a 301, the
 * index following), rename one, move an episode's quotes to another person. Shares its app with the
 * edit tests, so each test imports a show of its own, with people of its own.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.admin.username=admin",
		"podquote.admin.password=correct horse battery", "podquote.import.aliases.[Ada\\ Lovelace]=Countess" })
@AutoConfigureMockMvc
class AdminIdentityTest {

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
	void mergingMakesOnePersonWithTheOtherNameAsAnAliasAndTheOldPageRedirects() throws Exception {
		show("Merge Desk", "**Mia Merge:** Marmalade mornings.\n\n**M. Merge:** Quince quarters.\n\n**Ned Other:** Yes.\n",
				"**M. Merge:** Quince again, quietly.\n");
		assertThat(hits("quince", "m-merge").total()).isEqualTo(2);

		MockHttpServletResponse merged = submit("/admin/speakers/m-merge/identity/merge", "into", "Mia Merge");
		assertThat(merged.getStatus()).isEqualTo(302);
		assertThat(merged.getRedirectedUrl()).isEqualTo("/speakers/mia-merge");

		assertThat(jdbc.queryForObject("select count(*) from speaker where slug = 'm-merge'", Long.class)).isZero();
		assertThat(jdbc.queryForList("select a.alias from speaker_alias a join speaker s on s.id = a.speaker_id where s.slug = 'mia-merge'",
				String.class)).containsExactly("M. Merge");
		assertThat(jdbc.queryForObject("select count(*) from appearance a join speaker s on s.id = a.speaker_id where s.slug = 'mia-merge'",
				Long.class)).isEqualTo(3);
		// the index follows: the quotes are found under the person they are now, and no longer under the old slug
		assertThat(hits("quince", "mia-merge").total()).isEqualTo(2);
		assertThat(hits("quince", "m-merge").total()).isZero();

		MockHttpServletResponse old = mvc.perform(get("/speakers/m-merge?order=oldest")).andReturn().getResponse();
		assertThat(old.getStatus()).isEqualTo(301);
		assertThat(old.getHeader("Location")).isEqualTo("/speakers/mia-merge?order=oldest");
		assertThat(mvc.perform(get("/speakers/m-merge/appearances.csv")).andReturn().getResponse().getHeader("Location"))
			.isEqualTo("/speakers/mia-merge/appearances.csv");
		assertThat(mvc.perform(get("/api/v1/speakers/m-merge")).andReturn().getResponse().getHeader("Location"))
			.isEqualTo("/api/v1/speakers/mia-merge");
		Document page = page("/speakers/mia-merge");
		assertThat(page.select(".aliases").text()).contains("M. Merge");

		// a later import that names the merged person gives their quotes to the person they are
		Path more = Files.createDirectory(temp.resolve("Merge Desk More"));
		Files.writeString(more.resolve("merge-desk-3.md"), "**M. Merge:** Quinoa questions.\n", StandardCharsets.UTF_8);
		job.run(List.of(more.toString()), "Merge Desk", ImportJob.Progress.NONE);
		assertThat(hits("quinoa", "mia-merge").total()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from speaker where slug = 'm-merge'", Long.class)).isZero();
	}

	@Test
	void renamingGivesANewSlugKeepsTheOldNameAsAnAliasAndRedirects() throws Exception {
		show("Rename Desk", "**Rob Rename:** Rhubarb rituals.\n", "**Rita Taken:** Taken already.\n");
		MockHttpServletResponse renamed = submit("/admin/speakers/rob-rename/identity/rename", "name", "  Robert   Rename ");
		assertThat(renamed.getRedirectedUrl()).isEqualTo("/speakers/robert-rename");
		assertThat(jdbc.queryForMap("select name, slug from speaker where slug = 'robert-rename'"))
			.containsEntry("NAME", "Robert Rename");
		assertThat(mvc.perform(get("/speakers/rob-rename")).andReturn().getResponse().getHeader("Location"))
			.isEqualTo("/speakers/robert-rename");
		assertThat(hits("rhubarb", "robert-rename").total()).isEqualTo(1);
		assertThat(hits("rhubarb", "rob-rename").total()).isZero();
		assertThat(jdbc.queryForList("select a.alias from speaker_alias a join speaker s on s.id = a.speaker_id where s.slug = 'robert-rename'",
				String.class)).containsExactly("Rob Rename");

		// someone else's name is refused at the field, and nothing changes
		MockHttpServletResponse taken = submit("/admin/speakers/robert-rename/identity/rename", "name", "rita taken");
		assertThat(taken.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(taken.getContentAsString()).select("#rename-error").text())
			.isEqualTo("Someone else has that name: merge Robert Rename into them instead.");
		assertThat(jdbc.queryForObject("select count(*) from speaker where slug = 'robert-rename'", Long.class)).isEqualTo(1);

		// renamed back, the slug is theirs again and no longer redirects
		submit("/admin/speakers/robert-rename/identity/rename", "name", "Rob Rename");
		assertThat(mvc.perform(get("/speakers/rob-rename")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/speakers/robert-rename")).andReturn().getResponse().getHeader("Location"))
			.isEqualTo("/speakers/rob-rename");
	}

	@Test
	void movingAnEpisodesQuotesGivesThemToAnotherPersonThereOnly() throws Exception {
		show("Move Desk", "**Mo Mover:** Mango mountains.\n\n**Nia Nod:** No.\n\n**Mo Mover:** Mango valleys.\n", "**Mo Mover:** Mango rivers.\n");
		long episode = jdbc.queryForObject("select e.id from episode e where e.slug = 'move-desk-1'", Long.class);
		Document form = page("/admin/speakers/mo-mover/identity");
		assertThat(form.select("#move-episode option").eachAttr("value")).contains(String.valueOf(episode));

		MockHttpServletResponse moved = mvc.perform(post("/admin/speakers/mo-mover/identity/move")
			.param("episode", String.valueOf(episode))
			.param("to", "Molly Moved")
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andReturn().getResponse();
		assertThat(moved.getRedirectedUrl()).isEqualTo("/speakers/molly-moved");
		assertThat(hits("mango", "molly-moved").total()).isEqualTo(2);
		assertThat(hits("mango", "mo-mover").total()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select attribution from appearance a join speaker s on s.id = a.speaker_id "
				+ "where s.slug = 'molly-moved' fetch first 1 rows only", String.class)).isEqualTo("MANUAL");

		MockHttpServletResponse again = mvc.perform(post("/admin/speakers/mo-mover/identity/move")
			.param("episode", String.valueOf(episode))
			.param("to", "Molly Moved")
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(again.getContentAsString()).select("#move-error").text())
			.isEqualTo("Mo Mover has no quotes in that episode.");
	}

	@Test
	void aMergeIntoNoOneIsRefusedAtItsFieldAndTheToolsNeedTheAdmin() throws Exception {
		show("Refuse Desk", "**Ula Unmerged:** Umbrellas.\n", "**Ula Unmerged:** Again.\n");
		MockHttpServletResponse nobody = submit("/admin/speakers/ula-unmerged/identity/merge", "into", "Nobody At All");
		assertThat(nobody.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(nobody.getContentAsString()).select("#merge-error").text()).startsWith("No one in the library");
		assertThat(submit("/admin/speakers/ula-unmerged/identity/merge", "into", "ula-unmerged").getStatus()).isEqualTo(400);

		assertThat(mvc.perform(get("/admin/speakers/ula-unmerged/identity")).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(mvc.perform(post("/admin/speakers/ula-unmerged/identity/rename").param("name", "X").with(csrf()))
			.andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		Document person = Jsoup.parse(mvc.perform(get("/speakers/ula-unmerged").with(user("admin").roles("ADMIN")))
			.andReturn().getResponse().getContentAsString());
		assertThat(person.select(".admin-links a").eachAttr("href")).contains("/admin/speakers/ula-unmerged/identity");
	}

	private MockHttpServletResponse submit(String path, String name, String value) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.param(name, value)
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andReturn().getResponse();
	}

	private void show(String podcast, String first, String second) throws Exception {
		Path show = Files.createDirectory(temp.resolve(podcast));
		String slug = org.podquote.system.Slugs.of(podcast);
		Files.writeString(show.resolve(slug + "-1.md"), first, StandardCharsets.UTF_8);
		Files.writeString(show.resolve(slug + "-2.md"), second, StandardCharsets.UTF_8);
		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);
		assertThat(report.failures()).isEmpty();
	}

	private Document page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user("admin").roles("ADMIN"))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private SearchPage<QuoteHit> hits(String words, String speaker) {
		return search.search(new SearchQuery(words, speaker, null, null, null, null, SearchQuery.Sort.RELEVANCE, 0, 10, false));
	}

}
