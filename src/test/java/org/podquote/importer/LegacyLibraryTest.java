package org.podquote.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A library imported before episodes were keyed by path: each file was an episode of key
 * {@code file:<podcast-slug>/<file name>} titled after the file, so one episode in three formats
 * was three episodes. Importing the same folder again moves each episode to its new key and
 * title in place (same id, same quotes, so links to them still work) and folds the extra formats
 * into the one episode, instead of adding episodes beside the old ones.
 */
@SpringBootTest(properties = { "podquote.seed=false",
		"podquote.import.aliases.[Ada\\ Lovelace]=Countess,The Countess" })
class LegacyLibraryTest {

	@Autowired
	ImportJob job;

	@Autowired
	TranscriptImporter importer;

	@Autowired
	QuoteSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path temp;

	@Test
	void reimportingAFolderOfTheOldSchemeUpdatesItsEpisodesInPlace() throws Exception {
		Path show = Files.createDirectory(temp.resolve("Old Times"));
		Files.copy(ImportJobTest.fixtures().resolve("pilot.json"), show.resolve("pilot.json"));
		EpisodeIdentityTest.write(show.resolve("old-times-7.md"), "**Host:** Seven already.\n\n**Guest:** Time flies.\n");
		EpisodeIdentityTest.write(show.resolve("show.html"), EpisodeIdentityTest.HTML);
		EpisodeIdentityTest.write(show.resolve("show.json"), EpisodeIdentityTest.JSON);
		EpisodeIdentityTest.write(show.resolve("show.srt"), EpisodeIdentityTest.SRT);
		// the old scheme, file by file: the key and title it gave
		for (String name : List.of("old-times-7.md", "pilot.json", "show.html", "show.json", "show.srt")) {
			Path file = show.resolve(name);
			importer.importTranscript(file.toString(), name, Files.readAllBytes(file),
					EpisodeTarget.loose("Old Times", "file:old-times/" + name, name.substring(0, name.lastIndexOf('.'))));
		}
		assertThat(episodes()).hasSize(5);
		assertThat(hits("\"algebraic patterns\"")).isEqualTo(3);
		long pilot = episodeId("file:old-times/pilot.json");
		long kept = episodeId("file:old-times/show.json");
		List<Long> pilotQuotes = quoteIds(pilot);

		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).isEmpty();
		assertThat(report.summary())
			.startsWith("5 files: 0 imported, 0 replaced, 0 unchanged, 0 failed, 3 updated, 2 alternatives; ");
		assertThat(episodes()).containsExactly(
				tuple(episodeId("file:old-times-7"), "Old Times #7", "old-times-7", "file:old-times-7", 7),
				tuple(pilot, "Pilot", "pilot", "file:pilot", null), tuple(kept, "Show", "show-2", "file:show", null));
		assertThat(quoteIds(pilot)).isEqualTo(pilotQuotes);
		assertThat(hits("\"algebraic patterns\"")).isEqualTo(1);
		assertThat(jdbc.queryForList("select s.format || ' ' || s.role from transcript_source s where s.episode_id = ? "
				+ "order by s.id", String.class, kept))
			.containsExactly("html ALTERNATIVE", "json TRANSCRIPT", "srt ALTERNATIVE");

		Map<String, List<Long>> ids = LibraryRows.ids(jdbc);
		ImportReport again = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);
		assertThat(again.summary()).startsWith("5 files: 0 imported, 0 replaced, 5 unchanged, 0 failed; ");
		assertThat(LibraryRows.ids(jdbc)).isEqualTo(ids);
	}

	@Test
	void aDateTheFileNameGivesLaterReachesTheSearchIndexOfTheQuotesKept() throws Exception {
		Path show = Files.createDirectory(temp.resolve("Dated Later"));
		Path file = EpisodeIdentityTest.write(show.resolve("interview_2023-03-17.md"),
				"**Host:** Tell us about the marmalade lighthouse.\n\n**Guest:** It glows at dusk.\n");
		importer.importTranscript(file.toString(), "interview_2023-03-17.md", Files.readAllBytes(file),
				EpisodeTarget.loose("Dated Later", "file:dated-later/interview_2023-03-17.md", "interview_2023-03-17"));
		LocalDate day = LocalDate.of(2023, 3, 17);
		assertThat(hitsOn("\"marmalade lighthouse\"", "dated-later", day)).isZero();

		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.updated()).isEqualTo(1);
		assertThat(jdbc.queryForMap("""
				select e.title, e.published_on from episode e join podcast p on p.id = e.podcast_id
				where p.title = 'Dated Later'""")).containsEntry("TITLE", "Interview")
			.containsEntry("PUBLISHED_ON", java.sql.Date.valueOf(day));
		assertThat(hitsOn("\"marmalade lighthouse\"", "dated-later", day)).isEqualTo(1);
	}

	private long hitsOn(String text, String podcast, LocalDate day) {
		return search.search(new SearchQuery(text, null, podcast, null, day, day, SearchQuery.Sort.RELEVANCE, 0, 10, false))
			.total();
	}

	private List<org.assertj.core.groups.Tuple> episodes() {
		return jdbc.queryForList("""
				select e.id, e.title, e.slug, e.guid, e.number from episode e join podcast p on p.id = e.podcast_id
				where p.title = 'Old Times' order by e.title""")
			.stream()
			.map(row -> tuple(row.get("ID"), row.get("TITLE"), row.get("SLUG"), row.get("GUID"), row.get("NUMBER")))
			.toList();
	}

	private long episodeId(String guid) {
		return jdbc.queryForObject("""
				select e.id from episode e join podcast p on p.id = e.podcast_id
				where p.title = 'Old Times' and e.guid = ?""", Long.class, guid);
	}

	private List<Long> quoteIds(long episode) {
		return jdbc.queryForList("select id from appearance where episode_id = ? order by id", Long.class, episode);
	}

	private long hits(String text) {
		return search.search(new SearchQuery(text, null, "old-times", null, null, null, SearchQuery.Sort.RELEVANCE, 0, 10,
				false)).total();
	}

}
