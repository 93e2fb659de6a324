package org.podquote.stats;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.podquote.Requirements;
import org.podquote.testing.PostgresSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V10 on a library imported before it: the maintained counts equal the counts of the
 * quotes already stored (people in several episodes and shows, unnamed voices, a heading, dated and
 * undated episodes, an episode without quotes), on H2 and on the tests' PostgreSQL.
 */
class CountsMigrationTest {

	@Test
	void countsTheQuotesOfAnOlderLibraryOnH2() {
		check(new DriverManagerDataSource("jdbc:h2:mem:counts-migration;DB_CLOSE_DELAY=-1", "sa", ""));
	}

	@Test
	void countsTheQuotesOfAnOlderLibraryOnPostgresql() throws Exception {
		Requirements.require(PostgresSchema.configured(), "PostgreSQL (" + PostgresSchema.URL + ")");
		try (PostgresSchema schema = PostgresSchema.create()) {
			check(new DriverManagerDataSource(schema.url(), PostgresSchema.user(), PostgresSchema.password()));
		}
	}

	private static void check(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(dataSource).target("9").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into podcast (id, slug, title) values (1, 'one', 'One'), (2, 'two', 'Two'), (3, 'none', 'None')");
		jdbc.update("""
				insert into episode (id, podcast_id, slug, guid, title, published_on) values
				(10, 1, 'a', 'a', 'A', date '2024-01-05'), (11, 1, 'b', 'b', 'B', date '2024-03-01'),
				(20, 2, 'c', 'c', 'C', null), (30, 3, 'd', 'd', 'D', null)""");
		jdbc.update("""
				insert into speaker (id, slug, name, name_key) values
				(1, 'ann', 'Ann', 'ann'), (2, 'bo', 'Bo', 'bo'), (3, 'cy', 'Cy', 'cy'), (4, 'dee', 'Dee', 'dee')""");
		jdbc.update("""
				insert into appearance (id, episode_id, speaker_id, voice, position, text, heading, attribution) values
				(1, 10, null, null, 0, 'A Heading', true, 'TRANSCRIPT_LABEL'),
				(2, 10, 2, null, 1, 'Bo opens.', false, 'TRANSCRIPT_LABEL'),
				(3, 10, 1, null, 2, 'Ann answers.', false, 'TRANSCRIPT_LABEL'),
				(4, 10, 1, null, 3, 'Ann again.', false, 'TRANSCRIPT_LABEL'),
				(5, 11, null, 'Speaker 1', 0, 'A voice opens.', false, 'TRANSCRIPT_LABEL'),
				(6, 11, 1, null, 1, 'Ann opens.', false, 'TRANSCRIPT_LABEL'),
				(7, 11, 3, null, 2, 'Cy too.', false, 'TRANSCRIPT_LABEL'),
				(8, 20, 1, null, 0, 'Ann on the second show.', false, 'TRANSCRIPT_LABEL'),
				(9, 20, 2, null, 1, 'Bo as well.', false, 'TRANSCRIPT_LABEL'),
				(10, 20, null, 'Speaker 2', 2, 'Someone.', false, 'TRANSCRIPT_LABEL')""");

		Flyway.configure().dataSource(dataSource).target("10").load().migrate();

		assertThat(StatsCheck.stored(jdbc).tables()).isEqualTo(StatsCheck.recounted(jdbc).tables());
		assertThat(StatsCheck.stored(jdbc).tables().get("speaker_stats")).containsEntry("speaker 1", "4 quotes in 3 on 2")
			.doesNotContainKey("speaker 4");
		assertThat(StatsCheck.stored(jdbc).tables().get("speaker_pair_stats")).containsEntry("speaker 1 with 2", "2 episodes");
		assertThat(StatsCheck.stored(jdbc).tables().get("episode_stats")).containsEntry("episode 10",
				"podcast 1, 4 quotes, opened by 2")
			.containsEntry("episode 11", "podcast 1, 3 quotes, opened by 1")
			.doesNotContainKey("episode 30");
		assertThat(StatsCheck.stored(jdbc).tables().get("podcast_stats")).containsEntry("podcast 1",
				"7 quotes in 2, latest 2024-03-01")
			.containsEntry("podcast 2", "3 quotes in 1, latest null");
	}

}
