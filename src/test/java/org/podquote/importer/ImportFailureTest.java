package org.podquote.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that are not transcripts: each fails with {@code file:line: message} (or {@code file:
 * message} when no line is to blame) and leaves no row behind, not even an empty podcast or
 * episode. Shares its context with the other import tests, so it compares counts before and after.
 */
@SpringBootTest(properties = { "podquote.seed=false",
		"podquote.import.aliases.[Ada\\ Lovelace]=Countess,The Countess" })
class ImportFailureTest {

	private static final String KNOWN_FORMATS = "known formats: json, vtt, srt, html, markdown, text, speaker-page";

	@Autowired
	ImportJob job;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path temp;

	static Stream<Arguments> badFiles() throws Exception {
		byte[] vtt = Files.readAllBytes(
				Path.of(ImportFailureTest.class.getResource("/importer/import/Open Mic/second-set.vtt").toURI()));
		String text = new String(vtt, StandardCharsets.UTF_8);
		// cut off in the middle of the second cue's timing line, as an interrupted download is
		int cut = text.indexOf("-->", text.indexOf("-->") + 1) + "--> 00:00:0".length();
		byte[] noise = new byte[4096];
		new Random(42).nextBytes(noise);
		noise[100] = 0;
		byte[] longLine = new byte[10 * 1024 * 1024 + 10];
		Arrays.fill(longLine, (byte) 'a');
		System.arraycopy("Lenny: hi\n".getBytes(StandardCharsets.US_ASCII), 0, longLine, 0, 10);
		return Stream.of(Arguments.of("empty.txt", new byte[0], "empty.txt: the file is empty"),
				Arguments.of("blank.md", " \n\n\t\n".getBytes(StandardCharsets.UTF_8), "blank.md: the file is empty"),
				Arguments.of("noise.srt", noise, "noise.srt: binary data, not a transcript"),
				Arguments.of("cut.vtt", Arrays.copyOf(vtt, cut),
						"cut.vtt:8: broken cue timing \"00:00:06.500 --> 00:00:0\", expected e.g. "
								+ "00:00:01.000 --> 00:00:04.000 (is the file cut off?)"),
				Arguments.of("long.txt", longLine, "long.txt:2: line 2 is longer than 1 MB"),
				Arguments.of("latin1.txt", "Lenny: Bonjour.\nZo\u00eb: \u00c7a va tr\u00e8s bien.\n"
					.getBytes(StandardCharsets.ISO_8859_1), "latin1.txt:2: not UTF-8 text (byte 19); save it as UTF-8"),
				Arguments.of("utf16.txt", "Lenny: Hello.\nGrace Hopper: Hi.\n".getBytes(StandardCharsets.UTF_16LE),
						"utf16.txt:1: not UTF-8 text (byte 2): it looks like UTF-16 without a byte-order mark; "
								+ "save it as UTF-8"),
				Arguments.of("utf16be.txt", "Lenny: Hello.\nGrace Hopper: Hi.\n".getBytes(StandardCharsets.UTF_16BE),
						"utf16be.txt:1: not UTF-8 text (byte 1): it looks like UTF-16 without a byte-order mark; "
								+ "save it as UTF-8"),
				Arguments.of("table.csv", "id,name\n1,Lenny\n2,Grace\n".getBytes(StandardCharsets.UTF_8),
						"table.csv: not a transcript in a known format; " + KNOWN_FORMATS),
				Arguments.of("speakers.json",
						("{\"segments\": [{\"speaker\": \"Lenny\", \"body\": \"Hi.\"}, {\"speaker\": \"Grace\", "
								+ "\"startTime\": \"soon\", \"body\": \"Hello.\"}]}")
							.getBytes(StandardCharsets.UTF_8),
						"speakers.json:1: \"startTime\" must be a number of seconds"),
				Arguments.of("giant.json",
						("{\"segments\": [{\"speaker\": \"" + "Very Long Name ".repeat(30) + "\", \"body\": \"Hi.\"}]}")
							.getBytes(StandardCharsets.UTF_8),
						"giant.json:1: a speaker name of 449 characters, longer than 300: "
								+ "\"Very Long Name Very Long Name Very Long ...\""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void failsWithFileLineAndMessageAndWritesNothing(String name, byte[] bytes, String failure) throws Exception {
		Path file = Files.write(Files.createDirectory(temp.resolve("Bad Input")).resolve(name), bytes);
		Map<String, Long> before = LibraryRows.count(jdbc);

		ImportReport report = job.run(List.of(file.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).containsExactly(failure);
		assertThat(report.ok()).isFalse();
		assertThat(report.imported() + report.replaced() + report.unchanged()).isZero();
		assertThat(report.summary()).contains("1 failed");
		assertThat(LibraryRows.count(jdbc)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from podcast where title = 'Bad Input'", Long.class)).isZero();
	}

	@Test
	void aFeedThatIsNotWellFormedFailsWithItsLineAndWritesNothing() throws Exception {
		Path feed = Files.writeString(temp.resolve("broken.xml"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0">
				<channel>
				<title>Broken & Feed</title>
				<item><title>Never read</title><guid>broken-1</guid></item>
				</channel>
				</rss>
				""");
		Map<String, Long> before = LibraryRows.count(jdbc);

		ImportReport report = job.run(List.of(feed.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).singleElement()
			.asString()
			.startsWith(feed + ":4: not well-formed XML: ")
			.doesNotContain("ParseError");
		assertThat(LibraryRows.count(jdbc)).isEqualTo(before);
	}

	@Test
	void aBadFileAmongGoodOnesFailsAloneAndLeavesNoEpisode() throws Exception {
		Path show = Files.createDirectory(temp.resolve("Mixed Bag"));
		Files.writeString(show.resolve("good.txt"), "Lenny: A fine line.\nGrace Hopper: Indeed it is.\n");
		Files.writeString(show.resolve("bad.vtt"), "WEBVTT\n\n00:00:01.000 --> soon\n<v Lenny>Never stored.\n");
		Map<String, Long> before = LibraryRows.count(jdbc);

		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).containsExactly("bad.vtt:3: broken cue timing \"00:00:01.000 --> soon\": "
				+ "the end \"soon\" is not a time; expected e.g. 00:00:01.000 --> 00:00:04.000");
		assertThat(report.imported()).isEqualTo(1);
		assertThat(jdbc.queryForList("""
				select e.title from episode e join podcast p on p.id = e.podcast_id where p.title = 'Mixed Bag'""",
				String.class))
			.containsExactly("Good");
		Map<String, Long> after = LibraryRows.count(jdbc);
		assertThat(after.get("podcast")).isEqualTo(before.get("podcast") + 1);
		assertThat(after.get("episode")).isEqualTo(before.get("episode") + 1);
		assertThat(after.get("appearance")).isEqualTo(before.get("appearance") + 2);
		assertThat(after.get("transcript_source")).isEqualTo(before.get("transcript_source") + 1);
		assertThat(after.get("credit")).isEqualTo(before.get("credit"));
	}

	@Test
	void aPathThatDoesNotExistIsReported() {
		Path missing = temp.resolve("nowhere.vtt");

		ImportReport report = job.run(List.of(missing.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).containsExactly(missing + ": no such file or folder");
	}

}
