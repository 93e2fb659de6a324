package org.podquote.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.importer.ImportJob;
import org.podquote.importer.ImportReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A show's counts (all its episodes, the dated and numbered ones, the dates they span) and its
 * credits (who, in which role, on how many episodes), kept per change (V19), are what counting every
 * episode and credit again gives, after each way the library changes them: an import of transcripts
 * with roles in their labels and of a feed of credits without transcripts, the same again, a
 * changed feed, an episode's date and number edited, two people merged (their credits on one
 * episode in the same role kept once), and the deletion of an episode, a person and a show. The
 * show's page and the API show the kept counts.
 */
// an app of its own: LibraryStatsTest counts every person and show of the library it shares
@SpringBootTest(properties = { "podquote.seed=false", "podquote.admin.username=admin",
		"podquote.admin.password=correct horse battery", "podquote.test.context=show-stats" })
@AutoConfigureMockMvc
class ShowStatsTest {

	@Autowired
	ImportJob job;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path temp;

	@Test
	void theShowCountsAndCreditsFollowEveryImportEditMergeAndDeletion() throws Exception {
		Path desk = Files.createDirectory(temp.resolve("Tally Desk"));
		write(desk, "tally-desk-1.md", "date: 2024-03-05", """
				**Hal Host:** Welcome to the desk.

				**Gia Guest:** Glad to be here.
				""");
		write(desk, "tally-desk-2.md", "date: 2024-05-09", """
				**Hal Host:** Back again.

				**Gia Guest:** Hello.
				""");
		write(desk, "tally-desk-3.md", null, """
				**Hal Host:** No date on this one.
				""");
		Path feeds = Files.createDirectory(temp.resolve("feeds"));
		Path parade = feeds.resolve("parade.xml");
		Files.writeString(parade, parade(""), StandardCharsets.UTF_8);
		Files.writeString(feeds.resolve("hall.xml"), feed("Guest Hall", """
				<item>
					<title>Hall 1</title>
					<guid>guest-hall-1</guid>
					<podcast:person role="host">Hal Host</podcast:person>
					<podcast:person role="guest">Gia Guest</podcast:person>
				</item>"""), StandardCharsets.UTF_8);
		importAll(desk, feeds);
		assertCountsMatch();
		// each episode is numbered by its file's name
		assertThat(episodes("tally-desk")).isEqualTo("3 episodes, 2 dated, 3 numbered, 2024-03-05 to 2024-05-09");
		assertThat(episodes("credit-parade")).isEqualTo("3 episodes, 3 dated, 0 numbered, 2026-01-05 to 2026-03-02");
		assertThat(episodes("guest-hall")).isEqualTo("1 episodes, 0 dated, 0 numbered, - to -");
		assertThat(credits("credit-parade")).containsExactly("rita-rolls host 3", "gia-guest guest 2", "pat-parade guest 1");
		assertThat(credits("guest-hall")).containsExactly("gia-guest guest 1", "hal-host host 1");

		// the page and the API read them
		Document page = Jsoup.parse(mvc.perform(get("/podcasts/credit-parade")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#episodes-heading").text()).isEqualTo("Episodes (3)");
		assertThat(page.text()).contains("Rita Rolls").contains("Gia Guest").contains("Pat Parade");
		String api = mvc.perform(get("/api/v1/podcasts/tally-desk")).andReturn().getResponse().getContentAsString();
		assertThat(api).contains("\"episodes\":3").contains("\"first\":\"2024-03-05\"").contains("\"last\":\"2024-05-09\"")
			.contains("\"quotes\":5");

		// the same files again change nothing; the feed again with one episode more
		importAll(desk, feeds);
		assertCountsMatch();
		Files.writeString(parade, parade("""
				<item>
					<title>Parade 4: Encore</title>
					<guid>credit-parade-4</guid>
					<pubDate>Mon, 06 Apr 2026 06:00:00 GMT</pubDate>
					<podcast:person role="host">Rita Rolls</podcast:person>
					<podcast:person role="guest">Pat Parade</podcast:person>
				</item>"""), StandardCharsets.UTF_8);
		importAll(feeds);
		assertCountsMatch();
		assertThat(episodes("credit-parade")).isEqualTo("4 episodes, 4 dated, 0 numbered, 2026-01-05 to 2026-04-06");
		assertThat(credits("credit-parade")).containsExactly("rita-rolls host 4", "gia-guest guest 2", "pat-parade guest 2");

		// an episode's date and number edited
		assertThat(status(admin(post("/admin/podcasts/tally-desk/episodes/tally-desk-3/edit").param("title", "Tally Desk 3")
			.param("date", "2023-12-31")
			.param("number", "30")
			.param("audioUrl", "")
			.param("link", "")))).isEqualTo(302);
		assertCountsMatch();
		assertThat(episodes("tally-desk")).isEqualTo("3 episodes, 3 dated, 3 numbered, 2023-12-31 to 2024-05-09");

		// a merge: Gia's credits become Pat's, and where both were guests on one episode it counts once
		assertThat(status(admin(post("/admin/speakers/gia-guest/identity/merge").param("into", "Pat Parade"))))
			.isEqualTo(302);
		assertCountsMatch();
		assertThat(credits("credit-parade")).containsExactly("rita-rolls host 4", "pat-parade guest 3");
		assertThat(credits("guest-hall")).containsExactly("hal-host host 1", "pat-parade guest 1");

		// deletions: an episode with credits and no quotes, one with quotes, a person, a show
		assertThat(status(admin(post("/admin/podcasts/credit-parade/episodes/parade-2/delete")))).isEqualTo(302);
		assertCountsMatch();
		assertThat(episodes("credit-parade")).isEqualTo("3 episodes, 3 dated, 0 numbered, 2026-01-05 to 2026-04-06");
		assertThat(credits("credit-parade")).containsExactly("rita-rolls host 3", "pat-parade guest 2");
		assertThat(status(admin(post("/admin/podcasts/tally-desk/episodes/tally-desk-3/delete")))).isEqualTo(302);
		assertCountsMatch();
		assertThat(episodes("tally-desk")).isEqualTo("2 episodes, 2 dated, 2 numbered, 2024-03-05 to 2024-05-09");
		assertThat(status(admin(post("/admin/speakers/pat-parade/delete")))).isEqualTo(302);
		assertCountsMatch();
		assertThat(credits("credit-parade")).containsExactly("rita-rolls host 3");
		assertThat(credits("guest-hall")).containsExactly("hal-host host 1");
		assertThat(status(admin(post("/admin/podcasts/credit-parade/delete")))).isEqualTo(302);
		assertCountsMatch();
		assertThat(episodes("credit-parade")).isNull();
		assertThat(jdbc.queryForObject("select count(*) from podcast_credit_stats", Long.class)).isEqualTo(1);
	}

	/** A feed of credits without transcripts: three dated items, a host on each and two guests, then more. */
	private static String parade(String more) {
		return feed("Credit Parade", """
				<item>
					<title>Parade 1</title>
					<guid>credit-parade-1</guid>
					<pubDate>Mon, 05 Jan 2026 06:00:00 GMT</pubDate>
					<podcast:person role="host">Rita Rolls</podcast:person>
				</item>
				<item>
					<title>Parade 2</title>
					<guid>credit-parade-2</guid>
					<pubDate>Mon, 02 Feb 2026 06:00:00 GMT</pubDate>
					<podcast:person role="host">Rita Rolls</podcast:person>
					<podcast:person role="guest">Gia Guest</podcast:person>
				</item>
				<item>
					<title>Parade 3</title>
					<guid>credit-parade-3</guid>
					<pubDate>Mon, 02 Mar 2026 06:00:00 GMT</pubDate>
					<podcast:person role="host">Rita Rolls</podcast:person>
					<podcast:person role="guest">Pat Parade</podcast:person>
					<podcast:person role="guest">Gia Guest</podcast:person>
				</item>
				""" + more);
	}

	private static String feed(String title, String items) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
					<channel>
						<title>%s</title>
						<link>https://shows.example</link>
						%s
					</channel>
				</rss>
				""".formatted(title, items);
	}

	private void assertCountsMatch() {
		StatsCheck.Tables stored = StatsCheck.stored(jdbc);
		assertThat(stored.tables()).containsKeys("podcast_episode_stats", "podcast_credit_stats");
		assertThat(stored.tables()).isEqualTo(StatsCheck.recounted(jdbc).tables());
	}

	private String episodes(String podcast) {
		List<String> rows = jdbc.queryForList("""
				select t.episodes || ' episodes, ' || t.dated || ' dated, ' || t.numbered || ' numbered, '
				  || coalesce(cast(t.first_date as varchar(10)), '-') || ' to ' || coalesce(cast(t.last_date as varchar(10)), '-')
				from podcast_episode_stats t join podcast p on p.id = t.podcast_id where p.slug = ?""", String.class, podcast);
		return rows.isEmpty() ? null : rows.get(0);
	}

	/** As the show's page lists them: most episodes first, then by name. */
	private List<String> credits(String podcast) {
		return jdbc.queryForList("""
				select s.slug || ' ' || t.role || ' ' || t.episodes from podcast_credit_stats t
				join speaker s on s.id = t.speaker_id join podcast p on p.id = t.podcast_id
				where p.slug = ? order by t.episodes desc, s.name, t.role""", String.class, podcast);
	}

	private void importAll(Path... folders) {
		ImportReport report = job.run(List.of(folders).stream().map(Path::toString).toList(), null,
				ImportJob.Progress.NONE);
		assertThat(report.failures()).isEmpty();
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user("admin").roles("ADMIN"));
	}

	private static void write(Path folder, String name, String frontMatter, String turns) throws Exception {
		String text = frontMatter == null ? turns : "---\n" + frontMatter + "\n---\n\n" + turns;
		Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

}
