package org.podquote.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.importer.ImportJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up check rebuilds an index that disagrees with the database on whose quotes they are,
 * as after migration V3 turned false people into voices with plain SQL. Same context as the voice
 * import tests.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.admin.username=admin",
		"podquote.admin.password=correct horse battery", "podquote.import.aliases.[Ada\\ Lovelace]=Countess" })
@AutoConfigureMockMvc
class IndexCheckTest {

	@Autowired
	ImportJob job;

	@Autowired
	IndexCheck check;

	@Autowired
	IndexStatus status;

	@Autowired
	QuoteSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rebuildsWhenQuotesChangedTheirSpeakerBehindTheIndex(@TempDir Path temp) throws Exception {
		Path show = Files.createDirectory(temp.resolve("Migrated Desk"));
		Files.writeString(show.resolve("old.md"), "**Speaker 7:** Porcupine harmonicas before migration.\n",
				StandardCharsets.UTF_8);
		Files.writeString(show.resolve("older.md"), "**Molly Migrant:** Porcupine harmonicas after it.\n",
				StandardCharsets.UTF_8);
		assertThat(job.run(List.of(show.toString()), null, ImportJob.Progress.NONE).failures()).isEmpty();
		// what V3 does to a "person" an earlier import made: in SQL, unseen by the index
		jdbc.update("update appearance set voice = null, speaker_id = (select id from speaker where name = 'Molly Migrant') "
				+ "where text = 'Porcupine harmonicas before migration.'");
		assertThat(facetCount()).isEqualTo(1);

		check.run(null);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (status.isRebuilding() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}

		assertThat(facetCount()).isEqualTo(2);
		IndexCheck.Counts counts = check.counts();
		assertThat(counts.current()).isEqualTo(counts.rows());
		assertThat(counts.outOfStep()).isNull();
	}

	@Test
	void rebuildsAnIndexOfAnotherAnalysis() {
		// an index from before the analysis was stamped on every document: none carries this one
		assertThat(new IndexCheck.Counts(40, 40, 30, 30, 0).outOfStep())
			.isEqualTo("40 of the 40 quotes in the search index were indexed by another analysis than " + QuoteAnalysis.VERSION);
		assertThat(new IndexCheck.Counts(40, 40, 30, 30, 39).outOfStep()).startsWith("1 of the 40 quotes");
		assertThat(new IndexCheck.Counts(40, 39, 30, 30, 39).outOfStep())
			.isEqualTo("The search index holds 39 quotes (30 of a person), the database 40 (30)");
		assertThat(new IndexCheck.Counts(40, 40, 30, 30, 40).outOfStep()).isNull();
	}

	private long facetCount() {
		return search
			.search(new SearchQuery("porcupine harmonicas", null, null, null, null, null, SearchQuery.Sort.RELEVANCE,
					0, 10, true))
			.facets()
			.speakers()
			.stream()
			.mapToLong(Facets.Facet::count)
			.sum();
	}

}
