package org.podquote.importer;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.importer.format.TranscriptType;
import org.podquote.search.QuoteHit;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchPage;
import org.podquote.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Imports {@code importer/import/Open Mic}: one small transcript per format, written for these
 * tests. The context is shared with the other import tests of this configuration, so every
 * assertion keeps to its own podcast or compares counts before and after. The space in the alias
 * key is escaped because inlined test properties are read like a {@code .properties} file, where
 * an unescaped space ends the key.
 */
@SpringBootTest(properties = { "podquote.seed=false",
		"podquote.import.aliases.[Ada\\ Lovelace]=Countess,The Countess" })
class ImportJobTest {

	private static final String PHRASE = "lighthouse keeper whistles marmalade sonatas";

	/** The first import of the fixtures folder in this context; later imports of it change nothing. */
	private static ImportReport firstImport;

	/** The app that made it: once per app, not per JVM, as a subclass runs these tests on PostgreSQL too. */
	private static ImportJob importedBy;

	@Autowired
	ImportJob job;

	@Autowired
	QuoteSearch search;

	@Autowired
	JdbcTemplate jdbc;

	static Path fixtures() throws URISyntaxException {
		return Path.of(ImportJobTest.class.getResource("/importer/import/Open Mic").toURI());
	}

	@BeforeEach
	void importFixturesOnce() throws Exception {
		if (importedBy != job) {
			firstImport = job.run(List.of(fixtures().toString()), null, ImportJob.Progress.NONE);
			importedBy = job;
		}
	}

	@Test
	void importsEachFormatIntoAPodcastNamedAfterTheFolderAndAnEpisodeTitledAfterEachFile() {
		assertThat(firstImport.failures()).isEmpty();
		assertThat(firstImport.files()).isEqualTo(6);
		assertThat(firstImport.imported()).isEqualTo(6);
		assertThat(firstImport.appearances()).isEqualTo(13);

		assertThat(jdbc.queryForMap("select slug, title from podcast where title = 'Open Mic'"))
			.containsEntry("SLUG", "open-mic");
		assertThat(jdbc.queryForList("""
				select e.title, e.slug, e.guid from episode e join podcast p on p.id = e.podcast_id
				where p.title = 'Open Mic' order by e.title"""))
			.extracting(row -> tuple(row.get("TITLE"), row.get("SLUG"), row.get("GUID")))
			// fourth-set.html titles itself in its <title>; the others are titled after their file names
			.containsExactly(tuple("Fifth Set", "fifth-set", "file:fifth-set"),
					tuple("Fourth set", "fourth-set", "file:fourth-set"), tuple("Pilot", "pilot", "file:pilot"),
					tuple("Second Set", "second-set", "file:second-set"), tuple("Sixth Set", "sixth-set", "file:sixth-set"),
					tuple("Third Set", "third-set", "file:third-set"));
	}

	@Test
	void storesAppearancesWithTheirSpeakersAndStartTimesInSpokenOrder() {
		assertThat(jdbc.queryForList("""
				select e.title, a.position, s.name, a.text, a.start_ms, a.attribution
				from appearance a join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id
				left join speaker s on s.id = a.speaker_id
				where p.title = 'Open Mic' order by e.title, a.position"""))
			.extracting(row -> tuple(row.get("TITLE"), row.get("POSITION"), row.get("NAME"), row.get("TEXT"),
					row.get("START_MS"), row.get("ATTRIBUTION")))
			.containsExactly(
					tuple("Fifth Set", 0, "Lenny", "Time for the fifth set. Our guest needs no introduction.", null,
							"TRANSCRIPT_LABEL"),
					tuple("Fifth Set", 1, "Grace Hopper",
							"The most dangerous phrase in the language is \"we have always done it this way\". "
									+ "And I will keep saying so.",
							null, "TRANSCRIPT_LABEL"),
					tuple("Fourth set", 0, "Grace Hopper",
							"It is often easier to ask for forgiveness than to ask for permission.", 5_000L,
							"TRANSCRIPT_LABEL"),
					tuple("Fourth set", 1, "Lenny", "Words to live by.", 12_000L, "TRANSCRIPT_LABEL"),
					tuple("Pilot", 0, "Lenny", "Welcome to the pilot. Our " + PHRASE + ".", 500L, "TRANSCRIPT_LABEL"),
					tuple("Pilot", 1, "Grace Hopper", "Nanoseconds matter.", 5_500L, "TRANSCRIPT_LABEL"),
					tuple("Second Set", 0, "Lenny", "Back again with the second set.", 3_000L, "TRANSCRIPT_LABEL"),
					tuple("Second Set", 1, "Ada Lovelace",
							"The engine weaves algebraic patterns. Just as the loom weaves flowers and leaves.", 6_500L,
							"TRANSCRIPT_LABEL"),
					tuple("Sixth Set", 0, "Lenny", "Last set of the night.", null, "TRANSCRIPT_LABEL"),
					tuple("Sixth Set", 1, "Grace Hopper", "Thank you, it was a pleasure.", 9_000L, "TRANSCRIPT_LABEL"),
					tuple("Sixth Set", 2, "Ada Lovelace", "Goodnight from the analytical engine.", null,
							"TRANSCRIPT_LABEL"),
					tuple("Third Set", 0, "Grace Hopper",
							"A ship in port is safe. But that is not what ships are built for.", 1_000L,
							"TRANSCRIPT_LABEL"),
					tuple("Third Set", 1, "Lenny", "Noted, Admiral.", 5_500L, "TRANSCRIPT_LABEL"));
		assertThat(jdbc.queryForObject("""
				select end_ms from appearance a join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id
				where p.title = 'Open Mic' and e.guid = 'file:pilot' and a.position = 0""", Long.class)).isEqualTo(5_000L);
	}

	@Test
	void importingTheSameFolderAgainChangesNothing() throws Exception {
		Map<String, Long> counts = LibraryRows.count(jdbc);
		Map<String, List<Long>> ids = LibraryRows.ids(jdbc);

		ImportReport again = job.run(List.of(fixtures().toString()), null, ImportJob.Progress.NONE);

		assertThat(again.failures()).isEmpty();
		assertThat(again.files()).isEqualTo(6);
		assertThat(again.unchanged()).isEqualTo(6);
		assertThat(again.imported() + again.replaced()).isZero();
		assertThat(again.appearances()).isZero();
		assertThat(LibraryRows.count(jdbc)).isEqualTo(counts);
		assertThat(LibraryRows.ids(jdbc)).isEqualTo(ids);
	}

	@Test
	void aChangedVersionOfAFileReplacesItsEpisodesAppearancesAtOnce(@TempDir Path temp) throws Exception {
		Path show = Files.createDirectory(temp.resolve("Replay Hall"));
		Path file = show.resolve("pilot.json");
		String first = Files.readString(fixtures().resolve("pilot.json"));
		String second = first.replace("\"whistles\"", "\"hums\"")
			.replace("\"marmalade\"", "\"apricot\"")
			.replace("\"sonatas\"", "\"ballads\"");
		assertThat(second).isNotEqualTo(first);
		Files.writeString(file, first);
		assertThat(job.run(List.of(show.toString()), null, ImportJob.Progress.NONE).imported()).isEqualTo(1);
		long episode = jdbc.queryForObject("""
				select e.id from episode e join podcast p on p.id = e.podcast_id
				where p.title = 'Replay Hall' and e.guid = 'file:pilot'""", Long.class);
		List<Long> before = appearanceIds(episode);
		Map<String, Long> counts = LibraryRows.count(jdbc);
		assertThat(hits("\"marmalade sonatas\"", "replay-hall")).isEqualTo(1);

		Files.writeString(file, second);
		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).isEmpty();
		assertThat(report.replaced()).isEqualTo(1);
		assertThat(report.appearances()).isEqualTo(2);
		List<Long> after = appearanceIds(episode);
		assertThat(after).hasSize(2).doesNotContainAnyElementsOf(before);
		assertThat(jdbc.queryForList("select text from appearance where episode_id = ? order by position", String.class,
				episode))
			.containsExactly("Welcome to the pilot. Our lighthouse keeper hums apricot ballads.",
					"Nanoseconds matter.");
		assertThat(hits("\"marmalade sonatas\"", "replay-hall")).isZero();
		assertThat(hits("\"apricot ballads\"", "replay-hall")).isEqualTo(1);
		assertThat(jdbc.queryForList("select sha256 from transcript_source where episode_id = ? order by id",
				String.class, episode))
			.containsExactly(Hashes.sha256(first.getBytes(StandardCharsets.UTF_8)),
					Hashes.sha256(second.getBytes(StandardCharsets.UTF_8)));
		counts.merge("transcript_source", 1L, Long::sum);
		assertThat(LibraryRows.count(jdbc)).isEqualTo(counts);
	}

	@Test
	void goingBackToAnEarlierVersionReplacesAgain(@TempDir Path temp) throws Exception {
		Path show = Files.createDirectory(temp.resolve("Rewind Club"));
		Path file = show.resolve("pilot.json");
		String first = Files.readString(fixtures().resolve("pilot.json"));
		String second = first.replace("\"marmalade\"", "\"quince\"");
		Files.writeString(file, first);
		job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);
		Files.writeString(file, second);
		assertThat(job.run(List.of(show.toString()), null, ImportJob.Progress.NONE).replaced()).isEqualTo(1);
		assertThat(hits("\"whistles quince sonatas\"", "rewind-club")).isEqualTo(1);

		Files.writeString(file, first);
		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.replaced()).isEqualTo(1);
		assertThat(hits("\"whistles quince sonatas\"", "rewind-club")).isZero();
		assertThat(hits("\"whistles marmalade sonatas\"", "rewind-club")).isEqualTo(1);
		assertThat(job.run(List.of(show.toString()), null, ImportJob.Progress.NONE).unchanged()).isEqualTo(1);
	}

	@Test
	void aBrokenNewVersionFailsAndLeavesTheEpisodeAsItWas(@TempDir Path temp) throws Exception {
		Path show = Files.createDirectory(temp.resolve("Steady State"));
		Path file = show.resolve("pilot.json");
		String first = Files.readString(fixtures().resolve("pilot.json"));
		Files.writeString(file, first);
		job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);
		Map<String, List<Long>> ids = LibraryRows.ids(jdbc);

		// cut off in the middle, as an interrupted copy is
		Files.writeString(file, first.substring(0, first.indexOf("\"marmalade\"")));
		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).singleElement().asString().startsWith("pilot.json:").contains("not valid JSON");
		assertThat(LibraryRows.ids(jdbc)).isEqualTo(ids);
		assertThat(hits("\"whistles marmalade sonatas\"", "steady-state")).isEqualTo(1);
	}

	@Test
	void findsAPhraseThatCrossesSingleWordJsonCues() throws Exception {
		// each word of the phrase is a cue of its own in the file
		String json = Files.readString(fixtures().resolve("pilot.json"));
		for (String word : PHRASE.split(" ")) {
			assertThat(json).contains("\"body\": \"" + word + "\"");
		}

		SearchPage<QuoteHit> page = search.search(query("\"" + PHRASE + "\"", "open-mic"));

		assertThat(page.total()).isEqualTo(1);
		assertThat(page.hits().get(0).quote().speakerName()).isEqualTo("Lenny");
		assertThat(page.hits().get(0).quote().episodeTitle()).isEqualTo("Pilot");
		assertThat(page.hits().get(0).snippetHtml()).contains("<mark>");
		assertThat(hits("\"sonatas marmalade whistles\"", "open-mic")).isZero();
	}

	@Test
	void normalisesSpeakerNamesAndMapsConfiguredAliasesToTheCanonicalPerson() {
		// "Lenny" in three files and "LENNY" in the WebVTT file; "  Grace   Hopper " in the JSON
		assertThat(jdbc.queryForList("select name from speaker where name_key = 'lenny'", String.class))
			.containsExactly("Lenny");
		assertThat(jdbc.queryForList("select name from speaker where name_key = 'grace hopper'", String.class))
			.containsExactly("Grace Hopper");
		assertThat(jdbc.queryForObject("""
				select count(distinct a.speaker_id) from appearance a join episode e on e.id = a.episode_id
				join podcast p on p.id = e.podcast_id
				where p.title = 'Open Mic' and e.guid in ('file:second-set', 'file:pilot') and a.position = 0""", Long.class)).isEqualTo(1);
		// "The Countess" (WebVTT voice) and "Countess" (text label) are aliases of Ada Lovelace
		assertThat(jdbc.queryForList("select name from speaker where name_key in ('countess', 'the countess')"))
			.isEmpty();
		assertThat(jdbc.queryForObject("""
				select count(*) from appearance a join speaker s on s.id = a.speaker_id
				join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id
				where p.title = 'Open Mic' and s.name = 'Ada Lovelace'""", Long.class)).isEqualTo(2);
	}

	@Test
	void breakIsAPartOfTheShowNotAPerson() {
		assertThat(jdbc.queryForObject("select count(*) from speaker where name_key = 'break'", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from appearance where text like '%Acme Anvils%'", Long.class))
			.isZero();
		assertThat(hits("anvils", "open-mic")).isZero();
	}

	@Test
	void recordsATranscriptSourcePerImportWithFormatHashAndCounts() throws Exception {
		List<Map<String, Object>> sources = jdbc.queryForList("""
				select e.guid, s.location, s.format, s.role, s.sha256, s.appearance_count, s.error_count, s.imported_at,
				(select count(*) from appearance a where a.episode_id = e.id) appearances
				from transcript_source s join episode e on e.id = s.episode_id join podcast p on p.id = e.podcast_id
				where p.title = 'Open Mic' order by e.guid""");

		assertThat(sources).extracting(row -> tuple(row.get("GUID"), row.get("FORMAT"), row.get("APPEARANCE_COUNT")))
			.containsExactly(tuple("file:fifth-set", "markdown", 2), tuple("file:fourth-set", "html", 2),
					tuple("file:pilot", "json", 2), tuple("file:second-set", "vtt", 2), tuple("file:sixth-set", "text", 3),
					tuple("file:third-set", "srt", 2));
		for (Map<String, Object> source : sources) {
			String name = source.get("GUID").toString().substring("file:".length()) + "."
					+ TranscriptType.ofFormat(source.get("FORMAT").toString()).orElseThrow().extension();
			Path file = fixtures().resolve(name);
			assertThat(source).containsEntry("LOCATION", file.toString())
				.containsEntry("ROLE", "TRANSCRIPT")
				.containsEntry("SHA256", Hashes.sha256(Files.readAllBytes(file)))
				.containsEntry("ERROR_COUNT", 0)
				.containsEntry("APPEARANCES", ((Integer) source.get("APPEARANCE_COUNT")).longValue());
			assertThat(source.get("IMPORTED_AT")).isNotNull();
		}
	}

	private List<Long> appearanceIds(long episode) {
		return jdbc.queryForList("select id from appearance where episode_id = ? order by id", Long.class, episode);
	}

	private long hits(String text, String podcast) {
		return search.search(query(text, podcast)).total();
	}

	private static SearchQuery query(String text, String podcast) {
		return new SearchQuery(text, null, podcast, null, null, null, SearchQuery.Sort.RELEVANCE, 0, 10, false);
	}

}
