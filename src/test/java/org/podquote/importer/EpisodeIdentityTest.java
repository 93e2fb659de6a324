package org.podquote.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Which episode a file is: its path under the folder imported, never its bare name, and one
 * episode for one name in several formats. Shares its context with the other import tests, so
 * each test keeps to podcasts of its own.
 */
@SpringBootTest(properties = { "podquote.seed=false",
		"podquote.import.aliases.[Ada\\ Lovelace]=Countess,The Countess" })
class EpisodeIdentityTest {

	static final String JSON = """
			{"version": "1.0.0", "segments": [
			  {"speaker": "Ada", "startTime": 0.5, "endTime": 2.0, "body": "The analytical engine weaves algebraic patterns."},
			  {"speaker": "Charles", "startTime": 2.5, "endTime": 4.0, "body": "Just as the Jacquard loom weaves flowers and leaves."}
			]}
			""";

	static final String SRT = """
			1
			00:00:00,500 --> 00:00:02,000
			Ada: The analytical engine weaves algebraic patterns.

			2
			00:00:02,500 --> 00:00:04,000
			Charles: Just as the Jacquard loom weaves flowers and leaves.
			""";

	static final String HTML = """
			<cite>Ada:</cite>
			<time>0:00</time>
			<p>The analytical engine weaves algebraic patterns.</p>
			<cite>Charles:</cite>
			<time>0:02</time>
			<p>Just as the Jacquard loom weaves flowers and leaves.</p>
			""";

	@Autowired
	ImportJob job;

	@Autowired
	QuoteSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path temp;

	@Test
	void filesOfOneNameInDifferentFoldersAreDifferentEpisodesTitledAfterTheirFolders() throws Exception {
		Path repository = Files.createDirectory(temp.resolve("guest-repo"));
		for (String guest : List.of("jane-doe", "john-roe", "2023-03-17-ada-lovelace")) {
			write(repository.resolve("episodes/" + guest + "/transcript.md"),
					"**Host:** Welcome, " + guest + ".\n\n**Guest:** Thanks for having me on " + guest + " day.\n");
		}
		write(repository.resolve("README.md"), "# Our guests\n");

		ImportReport report = job.run(List.of(repository.toString()), "Guest Show", ImportJob.Progress.NONE);

		assertThat(report.failures()).isEmpty();
		assertThat(report.imported()).isEqualTo(3);
		assertThat(report.replaced()).isZero();
		assertThat(episodes("Guest Show")).containsExactly(
				tuple("Ada Lovelace", "file:episodes/2023-03-17-ada-lovelace/transcript", "2023-03-17"),
				tuple("Jane Doe", "file:episodes/jane-doe/transcript", null),
				tuple("John Roe", "file:episodes/john-roe/transcript", null));
		assertThat(report.details()).contains("episodes/jane-doe/transcript.md: title \"Jane Doe\" from the folder name");
	}

	@Test
	void withoutAPodcastTheFolderAboveTheEpisodeFoldersNamesIt() throws Exception {
		Path repository = Files.createDirectory(temp.resolve("Interview Club"));
		write(repository.resolve("episodes/jane-doe/transcript.md"), "**Host:** Hello Jane.\n\n**Jane:** Hello.\n");
		write(repository.resolve("episodes/john-roe/transcript.md"), "**Host:** Hello John.\n\n**John:** Hi.\n");

		ImportReport report = job.run(List.of(repository.resolve("episodes").toString()), null,
				ImportJob.Progress.NONE);

		assertThat(report.failures()).isEmpty();
		assertThat(episodes("Interview Club")).extracting(row -> row.toList().get(0))
			.containsExactly("Jane Doe", "John Roe");
		assertThat(jdbc.queryForObject("select count(*) from podcast where title in ('episodes', 'jane-doe')",
				Long.class)).isZero();
		// the same folder named from above finds the same episodes
		ImportReport again = job.run(List.of(repository.toString()), null, ImportJob.Progress.NONE);
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(episodes("Interview Club")).hasSize(2);
	}

	@Test
	void oneEpisodeInThreeFormatsIsOneEpisodeReadFromTheRichest() throws Exception {
		Path show = Files.createDirectory(temp.resolve("Three Formats"));
		write(show.resolve("show.html"), HTML);
		write(show.resolve("show.json"), JSON);
		write(show.resolve("show.srt"), SRT);

		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).isEmpty();
		assertThat(report.summary()).startsWith("3 files: 1 imported, 0 replaced, 0 unchanged, 0 failed, 2 alternatives; "
				+ "2 appearances in ");
		assertThat(report.notes()).containsExactly("show: kept show.json, alternatives: show.srt, show.html");
		assertThat(episodes("Three Formats")).containsExactly(tuple("Show", "file:show", null));
		assertThat(jdbc.queryForList("""
				select s.format, s.role, s.appearance_count from transcript_source s join episode e on e.id = s.episode_id
				join podcast p on p.id = e.podcast_id where p.title = 'Three Formats' order by s.id"""))
			.extracting(row -> tuple(row.get("FORMAT"), row.get("ROLE"), row.get("APPEARANCE_COUNT")))
			.containsExactly(tuple("json", "TRANSCRIPT", 2), tuple("srt", "ALTERNATIVE", 2),
					tuple("html", "ALTERNATIVE", 2));
		assertThat(search.search(new SearchQuery("\"algebraic patterns\"", null, "three-formats", null, null, null,
				SearchQuery.Sort.RELEVANCE, 0, 10, false)).total()).isEqualTo(1);

		Map<String, List<Long>> ids = LibraryRows.ids(jdbc);
		ImportReport again = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);
		assertThat(again.summary()).startsWith("3 files: 0 imported, 0 replaced, 3 unchanged, 0 failed; ");
		assertThat(again.notes()).isEmpty();
		assertThat(LibraryRows.ids(jdbc)).isEqualTo(ids);
	}

	@Test
	void aRicherFormatAddedLaterReplacesTheQuotesAndKeepsTheFirstAsItsAlternative() throws Exception {
		Path show = Files.createDirectory(temp.resolve("Richer Later"));
		write(show.resolve("show.srt"), SRT);
		assertThat(job.run(List.of(show.toString()), null, ImportJob.Progress.NONE).imported()).isEqualTo(1);
		write(show.resolve("show.json"), JSON);

		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).isEmpty();
		assertThat(report.replaced()).isEqualTo(1);
		assertThat(report.alternatives()).isEqualTo(1);
		assertThat(episodes("Richer Later")).hasSize(1);
		assertThat(jdbc.queryForList("""
				select s.format || ' ' || s.role from transcript_source s join episode e on e.id = s.episode_id
				join podcast p on p.id = e.podcast_id where p.title = 'Richer Later' order by s.id""", String.class))
			.containsExactly("srt TRANSCRIPT", "json TRANSCRIPT", "srt ALTERNATIVE");
		assertThat(job.run(List.of(show.toString()), null, ImportJob.Progress.NONE).unchanged()).isEqualTo(2);
	}

	@Test
	void whenTheRichestFormatIsBrokenTheNextIsReadAndTheBrokenOneReported() throws Exception {
		Path show = Files.createDirectory(temp.resolve("Broken Richest"));
		write(show.resolve("show.json"), JSON.substring(0, JSON.indexOf("{\"speaker\": \"Charles\"")));
		write(show.resolve("show.srt"), SRT);

		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).singleElement().asString().startsWith("show.json:").contains("not valid JSON");
		assertThat(report.imported()).isEqualTo(1);
		assertThat(jdbc.queryForList("""
				select s.format from transcript_source s join episode e on e.id = s.episode_id
				join podcast p on p.id = e.podcast_id where p.title = 'Broken Richest'""", String.class))
			.containsExactly("srt");
	}

	@Test
	void filesOfOneNameWithDifferentWordsAreDifferentEpisodes() throws Exception {
		Path show = Files.createDirectory(temp.resolve("Same Name"));
		write(show.resolve("example.json"), JSON);
		write(show.resolve("example.vtt"), """
				WEBVTT

				00:00:00.000 --> 00:00:03.000
				<v Sarah>Should you have a trailer for your podcast at all?

				00:00:03.000 --> 00:00:06.000
				<v Gillian>My question is whether we need one before launch.
				""");

		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).isEmpty();
		assertThat(report.imported()).isEqualTo(2);
		assertThat(report.notes()).containsExactly(
				"example.vtt: not the same transcript as example.json (few words in common), so an episode of its own");
		assertThat(episodes("Same Name")).extracting(row -> row.toList().get(1))
			.containsExactlyInAnyOrder("file:example", "file:example.vtt");
		assertThat(job.run(List.of(show.toString()), null, ImportJob.Progress.NONE).unchanged()).isEqualTo(2);
	}

	@Test
	void twoFoldersNamedOnTheCommandLineWithTheSamePathInOnePodcastAreToldApart() throws Exception {
		Path first = write(temp.resolve("season-1/01.md"), "**Host:** The first season begins.\n");
		Path second = write(temp.resolve("season-2/01.md"), "**Host:** The second season begins.\n");

		ImportReport report = job.run(List.of(first.getParent().toString(), second.getParent().toString()),
				"Two Seasons", ImportJob.Progress.NONE);

		assertThat(report.failures()).singleElement()
			.asString()
			.startsWith("01.md: has the same path as " + first + " under another folder named on the command line")
			.endsWith("import the folder that holds both, or each with its own --podcast");
		assertThat(episodes("Two Seasons")).hasSize(1);

		ImportReport fromAbove = job.run(List.of(temp.toString()), "Two Seasons Together", ImportJob.Progress.NONE);
		assertThat(fromAbove.failures()).isEmpty();
		assertThat(episodes("Two Seasons Together")).extracting(row -> row.toList().get(1))
			.containsExactly("file:season-1/01", "file:season-2/01");
	}

	@Test
	void anUploadInSeveralFormatsIsOneEpisode() {
		ImportReport report = job.importUploads(List.of(new ImportJob.Upload("talk.srt", SRT.getBytes()),
				new ImportJob.Upload("talk.json", JSON.getBytes())), "Uploaded Formats");

		assertThat(report.failures()).isEmpty();
		assertThat(report.imported()).isEqualTo(1);
		assertThat(report.alternatives()).isEqualTo(1);
		assertThat(episodes("Uploaded Formats")).containsExactly(tuple("Talk", "upload:talk", null));
	}

	/** Title, guid and date of a podcast's episodes, by title. */
	private List<org.assertj.core.groups.Tuple> episodes(String podcast) {
		return jdbc.queryForList("""
				select e.title, e.guid, e.published_on from episode e join podcast p on p.id = e.podcast_id
				where p.title = ? order by e.title, e.guid""", podcast)
			.stream()
			.map(row -> tuple(row.get("TITLE"), row.get("GUID"),
					row.get("PUBLISHED_ON") == null ? null : row.get("PUBLISHED_ON").toString()))
			.toList();
	}

	static Path write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

}
