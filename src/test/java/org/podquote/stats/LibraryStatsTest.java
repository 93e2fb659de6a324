package org.podquote.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
 * The counts the pages read are the counts of the quotes: after an import, a re-import of the same
 * files and of changed ones, a voice given a name, an episode's date edited, and the deletion of
 * an episode, a person and a podcast, each maintained table equals the same table counted afresh
 * from every quote.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.admin.username=admin",
		"podquote.admin.password=correct horse battery" })
@AutoConfigureMockMvc
class LibraryStatsTest {

	@Autowired
	ImportJob job;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path temp;

	@Test
	void theCountsFollowEveryImportEditAndDeletion() throws Exception {
		Path dock = Files.createDirectory(temp.resolve("Counting Dock"));
		// timed (each passage to the next one's start), so that the speaking times are counted too
		write(dock, "counting-dock-1.md", "2024-03-05", """
				**Cora Count** (00:00:00): Welcome to the dock.

				**Tad Tally** (00:00:07): Glad to be here.

				**Cora Count** (00:00:19): Let us count.

				**Speaker 1** (00:00:40): A voice from the back.

				**Tad Tally** (00:00:52): The end.
				""");
		write(dock, "counting-dock-2.md", "2024-04-09", """
				**Cora Count:** Back again.

				**Uma Umpire:** Hello, both.

				**Tad Tally:** Hello.
				""");
		write(dock, "counting-dock-3.md", null, """
				**Tad Tally:** No date on this one.

				**Speaker 1:** Nor on me.
				""");
		Path pier = Files.createDirectory(temp.resolve("Counting Pier"));
		write(pier, "counting-pier-1.md", "2023-11-20", """
				**Cora Count:** A guest on the pier.

				**Pia Pier:** Welcome, Cora.

				**Pia Pier:** Shall we?
				""");
		importAll(dock, pier);
		assertCountsMatch();
		assertThat(jdbc.queryForObject("select count(*) from speaker_stats", Long.class)).isEqualTo(4);
		assertThat(jdbc.queryForObject("""
				select t.quotes from podcast_stats t join podcast p on p.id = t.podcast_id where p.slug = 'counting-dock'""",
				Long.class)).isEqualTo(10);

		// the same files again change nothing; a changed one changes its episode's counts
		importAll(dock, pier);
		assertCountsMatch();
		write(dock, "counting-dock-2.md", "2024-04-09", """
				**Cora Count** (00:01:00): Back again, alone with Pia.

				**Pia Pier** (00:01:30): Visiting the dock.

				**Cora Count** (00:02:00): Bye.
				""");
		importAll(dock);
		assertCountsMatch();
		assertThat(speakingMs("pia-pier")).isEqualTo(30_000);
		assertThat(pairs("cora-count")).containsExactly("pia-pier 2", "tad-tally 1");

		// a voice given a name
		assertThat(mvc.perform(admin(post("/admin/podcasts/counting-dock/episodes/counting-dock-1/voices")
			.param("voice", "Speaker 1")
			.param("name", "Vic Voice"))).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertCountsMatch();
		assertThat(jdbc.queryForObject("""
				select t.quotes from speaker_stats t join speaker s on s.id = t.speaker_id where s.slug = 'vic-voice'""",
				Long.class)).isEqualTo(1);
		assertThat(speakingMs("vic-voice")).isEqualTo(12_000);

		// an episode's date edited moves its show's latest date
		assertThat(mvc.perform(admin(post("/admin/podcasts/counting-pier/episodes/counting-pier-1/edit")
			.param("title", "Counting Pier #1")
			.param("date", "2025-01-02")
			.param("number", "1")
			.param("audioUrl", "")
			.param("link", ""))).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertCountsMatch();
		assertThat(jdbc.queryForObject("""
				select cast(t.latest as varchar(10)) from podcast_stats t join podcast p on p.id = t.podcast_id
				where p.slug = 'counting-pier'""", String.class)).isEqualTo("2025-01-02");

		assertThat(speakingMs("cora-count")).isEqualTo(7_000 + 21_000 + 30_000);
		delete("/admin/podcasts/counting-dock/episodes/counting-dock-1/delete");
		assertCountsMatch();
		assertThat(speakingMs("cora-count")).isEqualTo(30_000);
		delete("/admin/speakers/pia-pier/delete");
		assertCountsMatch();
		assertThat(pairs("cora-count")).isEmpty();
		delete("/admin/podcasts/counting-pier/delete");
		assertCountsMatch();
		assertThat(jdbc.queryForList("""
				select s.slug from speaker_stats t join speaker s on s.id = t.speaker_id order by s.slug""", String.class))
			.containsExactly("cora-count", "tad-tally");
	}

	private void assertCountsMatch() {
		assertThat(StatsCheck.stored(jdbc).tables()).isEqualTo(StatsCheck.recounted(jdbc).tables());
	}

	private long speakingMs(String slug) {
		return jdbc.queryForObject("""
				select coalesce(sum(t.speaking_ms), 0) from speaker_episode_stats t join speaker s on s.id = t.speaker_id
				where s.slug = ?""", Long.class, slug);
	}

	private List<String> pairs(String slug) {
		return jdbc.queryForList("""
				select o.slug || ' ' || t.episodes from speaker_pair_stats t
				join speaker s on s.id = t.speaker_id join speaker o on o.id = t.other_id
				where s.slug = ? order by t.episodes desc, o.slug""", String.class, slug);
	}

	private void importAll(Path... folders) {
		ImportReport report = job.run(List.of(folders).stream().map(Path::toString).toList(), null,
				ImportJob.Progress.NONE);
		assertThat(report.failures()).isEmpty();
	}

	private void delete(String url) throws Exception {
		assertThat(mvc.perform(admin(post(url))).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user("admin").roles("ADMIN"));
	}

	private static void write(Path folder, String name, String date, String turns) throws Exception {
		String text = date == null ? turns : "---\ndate: " + date + "\n---\n\n" + turns;
		Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

}
