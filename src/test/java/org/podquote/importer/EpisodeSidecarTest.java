package org.podquote.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder's {@code episodes.csv} or {@code episodes.json} gives its episodes' facts offline; a
 * sidecar with a bad row gives none. Shares its app with the other import tests, so each test
 * names a podcast of its own.
 */
@SpringBootTest(properties = { "podquote.seed=false",
		"podquote.import.aliases.[Ada\\ Lovelace]=Countess,The Countess" })
class EpisodeSidecarTest {

	static final String CSV = """
			file,title,date,number,audio,link
			desk-1.md,"The First Desk, Opened",2024-03-05,1,https://cdn.example/desk-1.mp3,https://desk.example/1
			desk-2,Second Desk,,2,,
			episodes/jane-doe/transcript.md,Jane Doe at the Desk,2024-04-01,,,
			desk-9.md,Not here yet,,9,,
			""";

	@Autowired
	ImportJob job;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path temp;

	@Test
	void aFolderImportReadsItsEpisodesCsvAndSaysSo() throws Exception {
		Path show = show("Sidecar Desk");
		Files.writeString(show.resolve("episodes.csv"), CSV);

		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).isEmpty();
		assertThat(report.imported()).isEqualTo(3);
		assertThat(report.notes()).containsExactly(
				"facts from episodes.csv for 3 episodes; 1 row names no file here: desk-9.md (line 5)");
		assertThat(report.details()).contains(
				"desk-1.md: title \"The First Desk, Opened\", number 1, date 2024-03-05, audio https://cdn.example/desk-1.mp3, "
						+ "link https://desk.example/1 from episodes.csv",
				"desk-2.md: title \"Second Desk\", number 2 from episodes.csv");
		assertThat(report.factsSummary()).startsWith("facts: 3 titles from episodes.csv, 2 numbers from episodes.csv");
		assertThat(episode("sidecar-desk", "desk-1")).containsEntry("TITLE", "The First Desk, Opened")
			.containsEntry("PUBLISHED_ON", java.sql.Date.valueOf(LocalDate.of(2024, 3, 5)))
			.containsEntry("NUMBER", 1)
			.containsEntry("AUDIO_URL", "https://cdn.example/desk-1.mp3")
			.containsEntry("LINK", "https://desk.example/1")
			.containsEntry("FACTS_SOURCE", "SIDECAR");
		assertThat(episode("sidecar-desk", "episodes/jane-doe/transcript")).containsEntry("TITLE", "Jane Doe at the Desk");
	}

	@Test
	void aBadRowIsReportedWithItsLineAndNoRowOfThatSidecarIsApplied() throws Exception {
		Path show = show("Sidecar Errors");
		Files.writeString(show.resolve("episodes.csv"), """
				file,title,date,number,audio,link
				desk-1.md,A fine title,2024-03-05,1,,
				desk-2.md,Bad date,2024-13-45,,,
				desk-1.md,Twice,,,,
				episodes/jane-doe/transcript.md,,,,javascript:alert(1),
				../elsewhere.md,Outside,,,,
				""");

		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).containsExactly(
				"episodes.csv:3: \"2024-13-45\" is not a date; write it as 2024-05-31",
				"episodes.csv:5: the audio \"javascript:alert(1)\" is not an http:// or https:// address",
				"episodes.csv:6: \"../elsewhere.md\" is not a path under the folder of episodes.csv",
				"episodes.csv:4: desk-1.md has a row already, on line 2");
		assertThat(report.notes())
			.contains("episodes.csv: none of its facts were used, for the rows above; mend them and import again");
		// the transcripts are imported all the same, with what their names say
		assertThat(report.imported()).isEqualTo(3);
		assertThat(episode("sidecar-errors", "desk-1")).containsEntry("TITLE", "Desk #1").containsEntry("FACTS_SOURCE", null);
	}

	@Test
	void aChangedSidecarUpdatesEpisodesWhoseFilesAreUnchangedAndItsFactsOutliveAnImportOfOneFile() throws Exception {
		Path show = show("Sidecar Again");
		Files.writeString(show.resolve("episodes.csv"), CSV);
		job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		Files.writeString(show.resolve("episodes.csv"), CSV.replace("Second Desk", "The Second Desk"));
		ImportReport again = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(again.updated()).isEqualTo(1);
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(again.details()).containsExactly("desk-2.md: title \"The Second Desk\", number 2 from episodes.csv");
		assertThat(episode("sidecar-again", "desk-2")).containsEntry("TITLE", "The Second Desk");

		// one file alone reads no sidecar; its new version keeps what the sidecar gave
		Files.writeString(show.resolve("desk-2.md"), "**Dee:** A new take of the second desk.\n");
		ImportReport single = job.run(List.of(show.resolve("desk-2.md").toString()), "Sidecar Again",
				ImportJob.Progress.NONE);
		assertThat(single.replaced()).isEqualTo(1);
		assertThat(single.details()).containsExactly("desk-2.md: title \"The Second Desk\" from the folder's episodes.csv");
		assertThat(episode("sidecar-again", "desk-2")).containsEntry("TITLE", "The Second Desk");
	}

	@Test
	void anEpisodesJsonArrayIsASidecarAndAJsonTranscriptOfThatNameIsStillATranscript() throws Exception {
		Path show = show("Sidecar Json");
		Files.writeString(show.resolve("episodes.json"), """
				[
				  {"file": "desk-1.md", "title": "Desk One", "number": 1},
				  {"file": "desk-2.md", "date": "5 March 2024"}
				]
				""");
		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);
		assertThat(report.failures()).isEmpty();
		assertThat(report.notes()).containsExactly("facts from episodes.json for 2 episodes");
		assertThat(episode("sidecar-json", "desk-1")).containsEntry("TITLE", "Desk One");
		assertThat(episode("sidecar-json", "desk-2")).containsEntry("PUBLISHED_ON",
				java.sql.Date.valueOf(LocalDate.of(2024, 3, 5)));

		Path other = Files.createDirectories(temp.resolve("Json Named Episodes"));
		Files.writeString(other.resolve("episodes.json"), """
				{ "version": "1.0.0", "segments": [ { "speaker": "Ada", "body": "An episode called episodes." } ] }""");
		ImportReport transcript = job.run(List.of(other.toString()), null, ImportJob.Progress.NONE);
		assertThat(transcript.imported()).isEqualTo(1);
		assertThat(transcript.failures()).isEmpty();
	}

	@Test
	void aSidecarJsonThatIsNotJsonOrACsvWithAnUnknownColumnIsReportedWhole() throws Exception {
		Path json = show("Sidecar Broken Json");
		Files.writeString(json.resolve("episodes.json"), "[\n  {\"file\": \"desk-1.md\",,}\n]\n");
		assertThat(job.run(List.of(json.toString()), null, ImportJob.Progress.NONE).failures()).singleElement()
			.satisfies(failure -> assertThat(failure).startsWith("episodes.json:2: not valid JSON"));

		Path csv = show("Sidecar Broken Csv");
		Files.writeString(csv.resolve("episodes.csv"), "file,titel\ndesk-1.md,Typo\n");
		assertThat(job.run(List.of(csv.toString()), null, ImportJob.Progress.NONE).failures())
			.containsExactly("episodes.csv:1: no column \"titel\"; the columns are file, title, date, number, audio, link");
	}

	/** A show of three episodes: desk-1.md, desk-2.md and episodes/jane-doe/transcript.md. */
	private Path show(String podcast) throws Exception {
		Path show = Files.createDirectories(temp.resolve(podcast));
		EpisodeIdentityTest.write(show.resolve("desk-1.md"), "**Dee:** The first desk.\n");
		EpisodeIdentityTest.write(show.resolve("desk-2.md"), "**Dee:** The second desk.\n");
		EpisodeIdentityTest.write(show.resolve("episodes/jane-doe/transcript.md"), "**Jane:** Hello from the desk.\n");
		return show;
	}

	/** The episode of a file, by its path without the extension: its slug comes from its title. */
	private Map<String, Object> episode(String podcast, String file) {
		return jdbc.queryForMap("""
				select e.title, e.number, e.published_on, e.audio_url, e.link, e.facts_source
				from episode e join podcast p on p.id = e.podcast_id where p.slug = ? and e.guid = ?""", podcast,
				"file:" + file);
	}

}
