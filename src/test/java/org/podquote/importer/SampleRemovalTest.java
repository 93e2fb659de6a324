package org.podquote.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Remove the sample": the seed goes, told by its source and not by its names, with the podcast
 * and people it leaves with nothing, out of the search too; and it is not loaded again. An app of
 * its own, since it takes the seed away.
 */
@SpringBootTest(properties = { "podquote.admin.username=admin", "podquote.admin.password=correct horse battery",
		"podquote.test.context=sample-removal" })
@AutoConfigureMockMvc
class SampleRemovalTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportJob job;

	@Autowired
	QuoteSearch search;

	@Autowired
	SeedLoader seedLoader;

	@TempDir
	Path temp;

	@Test
	void removesTheSampleAndWhatItAloneHeldAfterAPageThatSaysSoAndNeverLoadsItAgain() throws Exception {
		// an episode of the user's own in the sample's podcast: the podcast stays for it
		Path show = Files.createDirectory(temp.resolve("LessWrong (Curated & Popular)"));
		Files.writeString(show.resolve("my-own-reading.md"), "**Ada Reader:** A quokka of my own.\n",
				StandardCharsets.UTF_8);
		assertThat(job.run(List.of(show.toString()), null, ImportJob.Progress.NONE).failures()).isEmpty();
		// the sample's quotes are found beside the user's, until it goes
		assertThat(hits("\"bad role models\"")).isOne();
		assertThat(hits("\"quokka\"")).isOne();

		Document confirm = page("/admin/sample/remove");
		assertThat(confirm.select("h1").text()).isEqualTo("Remove the sample?");
		assertThat(confirm.select(".deletion li").eachText()).containsExactly("1 episode", "20 quotes, out of the search too",
				"1 credit: who was host, guest, author\u2026 of an episode", "People who go too, as they appear nowhere else: Sam Marks");
		assertThat(confirm.select("main form button").text()).isEqualTo("Remove the sample");

		MvcResult removed = mvc.perform(post("/admin/sample/remove").with(csrf()).with(user("admin").roles("ADMIN")))
			.andReturn();

		assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/");
		Document home = Jsoup.parse(mvc.perform(get("/").flashAttrs(removed.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(home.select(".admin-notice").text()).isEqualTo("Removed the sample: 20 quotes in 1 episode.");
		assertThat(home.select(".sample-note")).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from transcript_source where sample", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from speaker where slug = 'sam-marks'", Long.class)).isZero();
		assertThat(jdbc.queryForList("select e.title from episode e join podcast p on p.id = e.podcast_id "
				+ "where p.slug = 'lesswrong-curated-popular'", String.class)).containsExactly("My Own Reading");
		assertThat(hits("\"bad role models\"")).isZero();
		assertThat(hits("\"quokka\"")).isOne();
		assertThat(jdbc.queryForObject("select count(*) from library_mark where name = 'sample-removed'", Long.class))
			.isOne();

		// emptied by hand, the library does not get the sample back on the next start
		mvc.perform(post("/admin/podcasts/lesswrong-curated-popular/delete").with(csrf()).with(user("admin").roles("ADMIN")));
		assertThat(jdbc.queryForObject("select count(*) from podcast", Long.class)).isZero();
		seedLoader.run(null);
		assertThat(jdbc.queryForObject("select count(*) from appearance", Long.class)).isZero();
		MvcResult none = mvc.perform(get("/admin/sample/remove").with(user("admin").roles("ADMIN"))).andReturn();
		assertThat(none.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(none.getFlashMap().get(AdminNotice.ATTRIBUTE)).isEqualTo(AdminNotice.of("admin.sample.none"));
	}

	private Document page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path).with(user("admin").roles("ADMIN"))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private long hits(String words) {
		return search.search(new SearchQuery(words, null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 0, 10, false))
			.total();
	}

}
