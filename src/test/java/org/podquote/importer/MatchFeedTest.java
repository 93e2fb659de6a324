package org.podquote.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import --match-feed FEED}: a feed's facts go to the episodes a folder of files made,
 * matched by guid, number or title, and nothing else changes. Shares its app with the other import
 * tests, so each test names a podcast of its own.
 */
@SpringBootTest(properties = { "podquote.seed=false",
		"podquote.import.aliases.[Ada\\ Lovelace]=Countess,The Countess" })
class MatchFeedTest {

	@Autowired
	ImportCommand command;

	@Autowired
	TranscriptImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path temp;

	@Test
	void givesTheEpisodesTheFeedsFactsMatchedByGuidNumberOrTitleAndSaysWhatMatchedNothing() throws Exception {
		Path show = copy("Matchbox Radio");
		assertThat(run(List.of(show.toString()), null, null).exit()).isZero();
		// an episode an earlier import of the feed made, keyed by its guid
		importer.importEpisodeOnly(EpisodeTarget.ofFeed("Matchbox Radio", "urn:matchbox:live-1",
				EpisodeFacts.of("Live", null, null, null, null, null, EpisodeFacts.FEED), List.of()));
		Map<String, List<Long>> rowsBefore = rows("matchbox-radio");

		Run matched = run(List.of(), null, feed());

		assertThat(matched.exit()).isZero();
		assertThat(matched.err()).isEmpty();
		assertThat(matched.out().lines()).containsExactly(
				"matchbox-radio-100 = \"Why Matchboxes?\" (matchbox-radio.xml:7), by number 100: "
						+ "set title, date, duration, audio, link",
				"matchbox-radio-101 = \"Matchbox Radio #101: Generics at Last\" (matchbox-radio.xml:16), by number 101: "
						+ "set title, date, audio, link",
				"error-handling-revisited = \"Error Handling, Revisited!\" (matchbox-radio.xml:23), by title: "
						+ "set title, date, link",
				"live = \"Live from the Match Factory\" (matchbox-radio.xml:29), by guid: set title, date",
				"feed items with no episode (1): \"Trailer\" (matchbox-radio.xml:34)",
				"episodes with no feed item (1): matchbox-radio-bonus-1 \"Matchbox Radio Bonus 1\"",
				"match-feed: 4 of 5 feed items matched episodes of Matchbox Radio (1 by guid, 2 by number, 1 by title); "
						+ "4 changed, 0 unchanged; 1 item and 1 episode unmatched");
		assertThat(episode("matchbox-radio", "matchbox-radio-100")).containsEntry("TITLE", "Why Matchboxes?")
			.containsEntry("NUMBER", 100)
			.containsEntry("PUBLISHED_ON", java.sql.Date.valueOf(LocalDate.of(2019, 9, 12)))
			.containsEntry("DURATION_SECONDS", 3723)
			.containsEntry("AUDIO_URL", "https://cdn.matchbox.example/100.mp3")
			.containsEntry("LINK", "https://matchbox.example/100")
			.containsEntry("FACTS_SOURCE", "FEED");
		assertThat(episode("matchbox-radio", "matchbox-radio-bonus-1")).containsEntry("TITLE", "Matchbox Radio Bonus 1")
			.containsEntry("FACTS_SOURCE", null);
		// no episode made or lost, no quote, credit or source touched
		assertThat(rows("matchbox-radio")).isEqualTo(rowsBefore);
	}

	@Test
	void matchingAgainChangesNothingAndAnImportOfTheFilesKeepsTheFeedsFacts() throws Exception {
		Path show = copy("Matchbox Radio");
		String podcast = "Matchbox Again";
		run(List.of(show.toString()), podcast, feed());
		Map<String, Object> matched = episode("matchbox-again", "matchbox-radio-100");

		Run again = run(List.of(), podcast, feed());

		assertThat(again.exit()).isZero();
		assertThat(again.out().lines().filter(line -> line.contains(" = "))).hasSize(3)
			.allSatisfy(line -> assertThat(line).endsWith(": unchanged"));
		assertThat(again.out()).contains("; 0 changed, 3 unchanged;");
		assertThat(episode("matchbox-again", "matchbox-radio-100")).isEqualTo(matched);

		// a new version of the file: new quotes, and the facts the feed gave stand over its name's
		Files.writeString(show.resolve("matchbox-radio-100.md"), "**Mara:** The hundredth show, recut.\n");
		Run reimport = run(List.of(show.toString()), podcast, null);
		assertThat(reimport.out()).contains("1 replaced");
		assertThat(episode("matchbox-again", "matchbox-radio-100")).isEqualTo(matched);
		assertThat(jdbc.queryForList("""
				select a.text from appearance a join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id
				where p.slug = 'matchbox-again' and e.slug = 'matchbox-radio-100'""", String.class))
			.containsExactly("The hundredth show, recut.");
	}

	@Test
	void aFeedOfNoPodcastInTheLibraryOrOneThatCannotBeFetchedFailsAndChangesNothing() throws Exception {
		Map<String, Long> before = LibraryRows.count(jdbc);

		Run unknown = run(List.of(), "No Such Show", feed());
		assertThat(unknown.exit()).isEqualTo(1);
		assertThat(unknown.err()).isEqualTo("matchbox-radio.xml: the library has no podcast \"No Such Show\"; "
				+ "name the one the files were imported into with --podcast\n");

		// a URL is fetched as every feed is, under the network rules
		Run refused = run(List.of(), "No Such Show", "http://127.0.0.1:9/feed.xml");
		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.err()).contains("http://127.0.0.1:9/feed.xml").contains("loopback");

		Run missing = run(List.of(), null, temp.resolve("missing.xml").toString());
		assertThat(missing.err()).endsWith("missing.xml: cannot read the feed: no such file\n");
		assertThat(LibraryRows.count(jdbc)).isEqualTo(before);
	}

	@Test
	void theOptionIsReadWithOrWithoutAnEqualsSignAndWithPathsAround() {
		assertThat(ImportCommand.matchFeed(new String[] { "--match-feed=f.xml" })).isEqualTo("f.xml");
		assertThat(ImportCommand.matchFeed(new String[] { "show/", "--match-feed", "f.xml", "--podcast=S" }))
			.isEqualTo("f.xml");
		assertThat(ImportCommand.matchFeed(new String[] { "show/", "--verbose" })).isNull();
	}

	private record Run(int exit, String out, String err) {
	}

	private Run run(List<String> inputs, String podcast, String feed) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit;
		try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			exit = command.run(inputs, podcast, false, feed, stdout, stderr);
		}
		// the progress bar of an import goes to standard error too
		String errors = err.toString(StandardCharsets.UTF_8)
			.lines()
			.filter(line -> !line.startsWith("["))
			.map(line -> line + "\n")
			.reduce("", String::concat);
		return new Run(exit, out.toString(StandardCharsets.UTF_8), errors);
	}

	private static Path fixture(String name) throws URISyntaxException {
		return Path.of(MatchFeedTest.class.getResource("/importer/match/" + name).toURI());
	}

	private static String feed() throws URISyntaxException {
		return fixture("matchbox-radio.xml").toString();
	}

	/** The fixture show's folder, copied so that a test may change its files. */
	private Path copy(String show) throws IOException, URISyntaxException {
		Path copy = Files.createDirectories(temp.resolve(show));
		try (Stream<Path> files = Files.list(fixture(show))) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(file.getFileName().toString()));
			}
		}
		return copy;
	}

	private Map<String, Object> episode(String podcast, String episode) {
		return jdbc.queryForMap("""
				select e.title, e.number, e.published_on, e.duration_seconds, e.audio_url, e.link, e.facts_source
				from episode e join podcast p on p.id = e.podcast_id where p.slug = ? and e.slug = ?""", podcast, episode);
	}

	private Map<String, List<Long>> rows(String podcast) {
		return Map.of("episode", ids("select e.id from episode e join podcast p on p.id = e.podcast_id where p.slug = ?", podcast),
				"appearance", ids("""
						select a.id from appearance a join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id
						where p.slug = ?""", podcast),
				"source", ids("""
						select s.id from transcript_source s join episode e on e.id = s.episode_id join podcast p on p.id = e.podcast_id
						where p.slug = ?""", podcast));
	}

	private List<Long> ids(String sql, String podcast) {
		return jdbc.queryForList(sql + " order by 1", Long.class, podcast);
	}

}
