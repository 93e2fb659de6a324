package org.podquote.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar podquote.jar import ...} as a user sees it: exit code, summary on standard
 * output, failures as {@code file:line: message} on standard error. Shares its context with the
 * other import tests, so it imports under its own podcast names.
 */
@SpringBootTest(properties = { "podquote.seed=false",
		"podquote.import.aliases.[Ada\\ Lovelace]=Countess,The Countess" })
class ImportCommandTest {

	private static final String SUMMARY = "\\d+ files?: \\d+ imported, \\d+ replaced, \\d+ unchanged, \\d+ failed; "
			+ "[\\d,]+ appearances in \\d+\\.\\d s";

	@Autowired
	ImportCommand command;

	@Autowired
	JdbcTemplate jdbc;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void returnsZeroAndPrintsASummaryWhenEverythingImports() throws Exception {
		int exit = run(List.of(ImportJobTest.fixtures().toString()), "Command Line Show");

		assertThat(exit).isZero();
		assertThat(out()).matches("facts: 5 titles from the file name, 1 title from <title>\n" + SUMMARY + "\n")
			.contains("\n6 files: 6 imported, 0 replaced, 0 unchanged, 0 failed; 13 appearances in ");
		// standard error holds only the progress bar
		assertThat(err().lines()).isNotEmpty().allSatisfy((line) -> assertThat(line).startsWith("["));
		assertThat(err()).contains("6/6 files");
		assertThat(jdbc.queryForObject("""
				select count(*) from episode e join podcast p on p.id = e.podcast_id
				where p.title = 'Command Line Show'""",
				Long.class))
			.isEqualTo(6);
	}

	@Test
	void returnsOneAndPrintsEachFailureWithFileAndLine(@TempDir Path temp) throws Exception {
		Path show = Files.createDirectory(temp.resolve("CLI Failures"));
		Files.writeString(show.resolve("good.txt"), "Lenny: All good here.\nGrace Hopper: Agreed.\n");
		Files.writeString(show.resolve("broken.srt"), """
				1
				00:00:01,000 --> 00:00:02,000
				Lenny: Fine so far.

				2
				Lenny: No timing for this cue.
				""");
		Files.writeString(show.resolve("empty.md"), "");

		int exit = run(List.of(show.toString()), null);

		assertThat(exit).isEqualTo(1);
		assertThat(err().lines().filter((line) -> !line.startsWith("[")))
			.containsExactly("broken.srt:6: expected the timing of cue 2 such as 00:00:01,000 --> 00:00:04,000, "
					+ "found \"Lenny: No timing for this cue.\"", "empty.md: the file is empty");
		assertThat(out()).matches("facts: 1 title from the file name\n" + SUMMARY + "\n")
			.contains("\n3 files: 1 imported, 0 replaced, 0 unchanged, 2 failed; ");
		assertThat(jdbc.queryForList("""
				select e.title from episode e join podcast p on p.id = e.podcast_id where p.title = 'CLI Failures'""",
				String.class))
			.containsExactly("Good");
	}

	@Test
	void verboseSaysOnALinePerEpisodeWhereItsFactsCameFrom(@TempDir Path temp) throws Exception {
		Path show = Files.createDirectory(temp.resolve("Verbose Time"));
		Files.writeString(show.resolve("verbose-time-7.md"), "**Lenny:** Seven.\n");
		Files.writeString(show.resolve("001.md"), "**Lenny:** One.\n");
		Files.writeString(show.resolve("notes.pdf"), "%PDF");

		int exit;
		try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			exit = command.run(List.of(show.toString()), null, true, stdout, stderr);
		}

		assertThat(exit).isZero();
		assertThat(out().lines().toList()).hasSize(4)
			.startsWith("notes.pdf: skipped, not a transcript type (.pdf)",
					"001.md: title \"Episode 1\", number 1 from the file name",
					"verbose-time-7.md: title \"Verbose Time #7\", number 7 from the file name");
		assertThat(out().lines().toList().get(3)).matches(SUMMARY);
	}

	@Test
	void returnsTwoWithUsageWhenGivenNothingToImport() {
		Map<String, Long> before = LibraryRows.count(jdbc);

		int exit = run(List.of(), null);

		assertThat(exit).isEqualTo(2);
		assertThat(err()).isEqualTo("usage: java -jar podquote.jar import [--podquote.home=DIR] [--podcast=\"Name\"] "
				+ "[--verbose] [--match-feed FEED] PATH_OR_URL...\n");
		assertThat(out()).isEmpty();
		assertThat(LibraryRows.count(jdbc)).isEqualTo(before);
	}

	private int run(List<String> inputs, String podcast) {
		try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			return command.run(inputs, podcast, stdout, stderr);
		}
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

}
