package org.podquote.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.EpisodeSummary;
import org.podquote.importer.feed.ParsedFeed;
import org.podquote.importer.format.ParsedTranscript;
import org.podquote.importer.format.TranscriptParseException;
import org.podquote.podcast.PodcastRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An episode's facts come from the best source of each: the feed, then what the file says of
 * itself (its front matter, header lines or {@code <title>}), then its name; the report says which
 * gave what. The parsers that read those facts come separately, so a reader here hands out the
 * metadata a test sets for a file name, as a parser would.
 */
@SpringBootTest(properties = "podquote.seed=false")
class EpisodeFactsImportTest {

	/** The metadata "parsed" from each file, by name. */
	static final Map<String, ParsedTranscript.Metadata> METADATA = new ConcurrentHashMap<>();

	@TestConfiguration
	static class WithMetadata {

		@Bean
		@Primary
		TranscriptReader readerWithMetadata(ImportProperties properties) {
			return new TranscriptReader(properties) {

				@Override
				ParsedTranscript parse(String format, String fileName, String content) throws TranscriptParseException {
					ParsedTranscript parsed = super.parse(format, fileName, content);
					return parsed.withMetadata(METADATA.getOrDefault(fileName, ParsedTranscript.Metadata.NONE));
				}

			};
		}

	}

	@Autowired
	ImportJob job;

	@Autowired
	TranscriptImporter importer;

	@Autowired
	EpisodeRepository episodes;

	@Autowired
	PodcastRepository podcasts;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path temp;

	@Test
	void theFilesOwnFactsWinOverItsNameAndTheReportSaysWhichCameFromWhere() throws Exception {
		Path show = Files.createDirectory(temp.resolve("Go Time"));
		EpisodeIdentityTest.write(show.resolve("go-time-100.md"), "**Mat:** Testing, testing.\n");
		EpisodeIdentityTest.write(show.resolve("show_weekly_review_2023-05-05.md"), "**Mat:** This week.\n");
		METADATA.put("go-time-100.md", new ParsedTranscript.Metadata("Testing in Go", LocalDate.of(2024, 1, 2),
				Duration.ofMinutes(61), "javascript:alert(1)", "https://changelog.com/gotime/100", null, "front matter"));
		METADATA.put("show_weekly_review_2023-05-05.md",
				new ParsedTranscript.Metadata("The Week in Review", null, null, null, null, null, "front matter"));

		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).isEmpty();
		assertThat(report.details()).containsExactly(
				"go-time-100.md: title \"Testing in Go\", date 2024-01-02, duration 1:01:00, "
						+ "link https://changelog.com/gotime/100 from front matter; number 100 from the file name",
				"show_weekly_review_2023-05-05.md: title \"The Week in Review\" from front matter; "
						+ "date 2023-05-05 from the file name");
		assertThat(report.factsSummary()).isEqualTo("facts: 2 titles from front matter, 1 number from the file name, "
				+ "1 date from front matter, 1 date from the file name, 1 duration from front matter, "
				+ "1 link from front matter");
		assertThat(jdbc.queryForMap("""
				select e.title, e.number, e.published_on, e.duration_seconds, e.audio_url, e.link from episode e
				join podcast p on p.id = e.podcast_id where p.title = 'Go Time' and e.guid = 'file:go-time-100'"""))
			.containsEntry("TITLE", "Testing in Go")
			.containsEntry("NUMBER", 100)
			.containsEntry("DURATION_SECONDS", 3660)
			.containsEntry("AUDIO_URL", null)
			.containsEntry("LINK", "https://changelog.com/gotime/100");
	}

	@Test
	void aFeedsFactsWinOverTheTranscriptsWhichFillWhatTheFeedLeavesOut() {
		METADATA.put("feed-episode.srt", new ParsedTranscript.Metadata("The file's own title", LocalDate.of(2020, 1, 1),
				null, null, "https://example.com/episodes/12", 12, "header lines"));
		EpisodeTarget target = EpisodeTarget.ofFeed("Fed Show", "fed-12",
				EpisodeFacts.of("The feed's title", LocalDate.of(2021, 3, 4), null, "https://example.com/12.mp3", null, null,
						EpisodeFacts.FEED),
				List.<ParsedFeed.Person>of());

		TranscriptImporter.Outcome outcome = importer.importTranscript("https://example.com/feed-episode.srt",
				"feed-episode.srt", EpisodeIdentityTest.SRT.getBytes(), target);

		assertThat(outcome.facts().describe()).isEqualTo("title \"The feed's title\", date 2021-03-04, "
				+ "audio https://example.com/12.mp3 from the feed; number 12, link https://example.com/episodes/12 "
				+ "from header lines");
		assertThat(jdbc.queryForMap("select title, number, published_on, link from episode where guid = 'fed-12'"))
			.containsEntry("TITLE", "The feed's title")
			.containsEntry("NUMBER", 12)
			.containsEntry("LINK", "https://example.com/episodes/12");
	}

	@Test
	void aShowsEpisodesAreListedByNumberNotAsText() throws Exception {
		Path show = Files.createDirectory(temp.resolve("Numbered Show"));
		for (String name : List.of("numbered-show-9.md", "numbered-show-10.md", "numbered-show-100.md",
				"numbered-show-bonus.md")) {
			EpisodeIdentityTest.write(show.resolve(name), "**Host:** This is " + name + ".\n");
		}

		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).isEmpty();
		assertThat(report.factsSummary()).isEqualTo("facts: 4 titles from the file name, 3 numbers from the file name");
		List<EpisodeSummary> listed = episodes.findByPodcast(podcasts.findFirstByTitle("Numbered Show").orElseThrow());
		assertThat(listed).extracting(EpisodeSummary::title)
			.containsExactly("Numbered Show #100", "Numbered Show #10", "Numbered Show #9", "Numbered Show Bonus");
		assertThat(listed).extracting(EpisodeSummary::number).containsExactly(100, 10, 9, null);
	}

}
