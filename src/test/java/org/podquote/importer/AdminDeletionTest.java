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
import org.podquote.system.Slugs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Deleting an episode, a podcast or a person with all their quotes: a page that says what will go,
 * then a POST with the form's token, then the page it leaves with a notice; and the search no
 * longer finds what went. Shares its app with the voice tests, so each test imports shows of its own.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.admin.username=admin",
		"podquote.admin.password=correct horse battery", "podquote.import.aliases.[Ada\\ Lovelace]=Countess" })
@AutoConfigureMockMvc
class AdminDeletionTest {

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
	void anEpisodeGoesWithItsQuotesAndThePeopleOnlyInItAfterAPageThatSaysSo() throws Exception {
		show("Gone Desk", "**Gina Gone:** A zebrafish at the first desk.\n\n**Pat Stays:** Indeed so.\n",
				"**Pat Stays:** Another zebrafish, at the second desk.\n");
		String delete = "/admin/podcasts/gone-desk/episodes/gone-desk-1/delete";

		Document confirm = page(get(delete).with(admin()));
		assertThat(confirm.select("h1").text()).isEqualTo("Delete \u201cGone Desk #1\u201d?");
		assertThat(confirm.select(".deletion li").eachText()).containsExactly("2 quotes, out of the search too",
				"People who go too, as they appear nowhere else: Gina Gone");
		assertThat(confirm.select("main form[method=post]").attr("action")).isEqualTo(delete);
		assertThat(confirm.select("main form input[name=_csrf]")).hasSize(1);
		assertThat(hits("zebrafish")).isEqualTo(2);

		MvcResult deleted = mvc.perform(post(delete).with(csrf()).with(admin())).andReturn();

		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/podcasts/gone-desk");
		assertThat(page(get("/podcasts/gone-desk").flashAttrs(deleted.getFlashMap())).select(".admin-notice").text())
			.isEqualTo("Deleted \u201cGone Desk #1\u201d and its 2 quotes.");
		assertThat(jdbc.queryForList("""
				select e.slug from episode e join podcast p on p.id = e.podcast_id where p.slug = 'gone-desk'""", String.class))
			.containsExactly("gone-desk-2");
		assertThat(jdbc.queryForList("select name from speaker where name in ('Gina Gone', 'Pat Stays')", String.class))
			.containsExactly("Pat Stays");
		// the deleted quotes leave the index, the others stay
		assertThat(hits("zebrafish")).isEqualTo(1);
		assertThat(hits("\"indeed so\"")).isZero();
		assertThat(mvc.perform(get("/podcasts/gone-desk/episodes/gone-desk-1")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void aPodcastGoesWithItsEpisodesAndQuotes() throws Exception {
		// Pat is quoted in another show too, so he stays
		show("Folded Neighbour", "**Pat Stays:** Next door.\n", "**Pat Stays:** Still next door.\n");
		show("Folded Desk", "**Fay Folded:** A narwhal at the first desk.\n\n**Pat Stays:** Quite.\n",
				"**Fay Folded:** A narwhal at the second desk.\n");
		String delete = "/admin/podcasts/folded-desk/delete";

		Document confirm = page(get(delete).with(admin()));
		assertThat(confirm.select("h1").text()).isEqualTo("Delete the podcast \u201cFolded Desk\u201d?");
		assertThat(confirm.select(".deletion li").eachText()).containsExactly("2 episodes",
				"3 quotes, out of the search too", "People who go too, as they appear nowhere else: Fay Folded");

		MvcResult deleted = mvc.perform(post(delete).with(csrf()).with(admin())).andReturn();

		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/podcasts");
		assertThat(page(get("/podcasts").flashAttrs(deleted.getFlashMap())).select(".admin-notice").text())
			.isEqualTo("Deleted the podcast \u201cFolded Desk\u201d: 2 episodes, 3 quotes.");
		assertThat(jdbc.queryForObject("select count(*) from podcast where slug = 'folded-desk'", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from speaker where name = 'Fay Folded'", Long.class)).isZero();
		assertThat(hits("narwhal")).isZero();
		assertThat(jdbc.queryForObject("select count(*) from speaker where name = 'Pat Stays'", Long.class)).isOne();
	}

	@Test
	void aPersonGoesWithTheirQuotesAndTheEpisodesStay() throws Exception {
		show("Person Desk", "**Ned Nobody:** An axolotl at the first desk.\n\n**Olga Other:** Indeed, nothing more.\n",
				"**Ned Nobody:** An axolotl at the second desk.\n");
		String delete = "/admin/speakers/ned-nobody/delete";

		Document confirm = page(get(delete).with(admin()));
		assertThat(confirm.select("h1").text()).isEqualTo("Delete Ned Nobody and their quotes?");
		assertThat(confirm.select(".deletion li").eachText())
			.containsExactly("2 quotes in 2 episodes, out of the search too");

		MvcResult deleted = mvc.perform(post(delete).with(csrf()).with(admin())).andReturn();

		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/speakers");
		assertThat(page(get("/speakers").flashAttrs(deleted.getFlashMap())).select(".admin-notice").text())
			.isEqualTo("Deleted Ned Nobody and their 2 quotes.");
		assertThat(jdbc.queryForObject("select count(*) from speaker where slug = 'ned-nobody'", Long.class)).isZero();
		assertThat(hits("axolotl")).isZero();
		assertThat(jdbc.queryForList("""
				select a.text from appearance a join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id
				where p.slug = 'person-desk' order by a.id""", String.class)).containsExactly("Indeed, nothing more.");
		assertThat(jdbc.queryForObject("""
				select count(*) from episode e join podcast p on p.id = e.podcast_id where p.slug = 'person-desk'""",
				Long.class)).isEqualTo(2);
	}

	@Test
	void aDeletionWithoutSignInOrTokenDeletesNothing() throws Exception {
		show("Kept Desk", "**Kim Kept:** An okapi at the first desk.\n", "**Kim Kept:** Still here.\n");
		for (String delete : List.of("/admin/podcasts/kept-desk/episodes/kept-desk-1/delete",
				"/admin/podcasts/kept-desk/delete", "/admin/speakers/kim-kept/delete")) {
			assertThat(mvc.perform(post(delete).with(csrf())).andReturn().getResponse().getRedirectedUrl())
				.endsWith("/login");
			assertThat(mvc.perform(post(delete).with(admin())).andReturn().getResponse().getStatus()).isEqualTo(403);
			assertThat(mvc.perform(get(delete)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		}
		assertThat(hits("okapi")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from speaker where slug = 'kim-kept'", Long.class)).isOne();
	}

	/** A show of two episodes, {@code <slug>-1} and {@code <slug>-2}, of these transcripts. */
	private void show(String podcast, String first, String second) throws Exception {
		Path show = Files.createDirectory(temp.resolve(podcast));
		String slug = Slugs.of(podcast);
		Files.writeString(show.resolve(slug + "-1.md"), first, StandardCharsets.UTF_8);
		Files.writeString(show.resolve(slug + "-2.md"), second, StandardCharsets.UTF_8);
		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);
		assertThat(report.failures()).isEmpty();
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private long hits(String words) {
		SearchPage<QuoteHit> found = search.search(new SearchQuery(words, null, null, null, null, null,
				SearchQuery.Sort.RELEVANCE, 0, 10, true));
		return found.total();
	}

}
