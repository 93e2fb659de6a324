package org.podquote.importer;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V8 on a library that loaded the seed before the sample was marked: its source, and only its,
 * becomes the sample; a speaker page the user imported from a file of their own does not.
 */
class SampleMarkerMigrationTest {

	@Test
	void marksTheSeedsSourceAsTheSampleByItsLocationAndFormat() {
		DriverManagerDataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:v5-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		EpisodeIdentityMigrationTest.flyway(database, "5").migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		jdbc.update("insert into podcast (id, slug, title) values (1, 'lesswrong-curated-popular', 'LessWrong (Curated & Popular)')");
		jdbc.update("insert into episode (id, podcast_id, slug, guid, title) values (1, 1, 'persona', 'captured:persona', 'Persona')");
		jdbc.update("insert into episode (id, podcast_id, slug, guid, title) values (2, 1, 'other', 'captured:other', 'Other')");
		String insert = """
				insert into transcript_source (episode_id, location, format, sha256, imported_at, appearance_count, error_count)
				values (?, ?, 'speaker-page', ?, timestamp '2026-01-02 10:00:00', 20, 0)""";
		jdbc.update(insert, 1, "seed/speaker-page-sam-marks.txt", "seed-sha");
		jdbc.update(insert, 2, "/home/me/pages/speaker-page-jane.txt", "other-sha");

		EpisodeIdentityMigrationTest.flyway(database, "latest").migrate();

		assertThat(jdbc.queryForList("select location from transcript_source where sample", String.class))
			.containsExactly("seed/speaker-page-sam-marks.txt");
		assertThat(jdbc.queryForList("select facts_source from episode", String.class)).containsOnlyNulls();
		assertThat(jdbc.queryForObject("select count(*) from library_mark", Long.class)).isZero();
	}

}
