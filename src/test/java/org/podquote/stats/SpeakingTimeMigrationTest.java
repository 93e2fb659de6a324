package org.podquote.stats;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.podquote.Requirements;
import org.podquote.testing.PostgresSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V14 on a library imported before it: each person's speaking time per episode is their
 * timed passages (to their end, else to the next passage's start in the episode), headings and
 * untimed passages counting nothing, the quote counts unchanged; on H2 and on the tests' PostgreSQL.
 */
class SpeakingTimeMigrationTest {

	@Test
	void timesThePassagesOfAnOlderLibraryOnH2() {
		check(new DriverManagerDataSource("jdbc:h2:mem:speaking-time-migration;DB_CLOSE_DELAY=-1", "sa", ""));
	}

	@Test
	void timesThePassagesOfAnOlderLibraryOnPostgresql() throws Exception {
		Requirements.require(PostgresSchema.configured(), "PostgreSQL (" + PostgresSchema.URL + ")");
		try (PostgresSchema schema = PostgresSchema.create()) {
			check(new DriverManagerDataSource(schema.url(), PostgresSchema.user(), PostgresSchema.password()));
		}
	}

	private static void check(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(dataSource).target("13").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into podcast (id, slug, title) values (1, 'one', 'One'), (2, 'two', 'Two')");
		jdbc.update("""
				insert into episode (id, podcast_id, slug, guid, title, published_on) values
				(10, 1, 'a', 'a', 'A', date '2024-01-05'), (11, 1, 'b', 'b', 'B', null), (20, 2, 'c', 'c', 'C', null)""");
		jdbc.update("""
				insert into speaker (id, slug, name, name_key) values (1, 'ann', 'Ann', 'ann'), (2, 'bo', 'Bo', 'bo')""");
		// positions out of id order, so that "the next passage" must follow the position
		jdbc.update("""
				insert into appearance (id, episode_id, speaker_id, voice, position, text, heading, attribution, start_ms, end_ms) values
				(1, 10, null, null, 0, 'A Heading', true, 'TRANSCRIPT_LABEL', 0, null),
				(5, 10, 2, null, 1, 'Bo opens, ended.', false, 'TRANSCRIPT_LABEL', 1000, 4000),
				(3, 10, 1, null, 2, 'Ann, no end.', false, 'TRANSCRIPT_LABEL', 4000, null),
				(4, 10, null, 'Speaker 1', 3, 'A voice, no end.', false, 'TRANSCRIPT_LABEL', 9500, null),
				(2, 10, 1, null, 4, 'Ann again, no end.', false, 'TRANSCRIPT_LABEL', 12000, null),
				(6, 10, 2, null, 5, 'Bo untimed.', false, 'TRANSCRIPT_LABEL', null, null),
				(7, 10, 1, null, 6, 'Ann last, no end.', false, 'TRANSCRIPT_LABEL', 20000, null),
				(8, 11, 1, null, 0, 'Ann ended.', false, 'TRANSCRIPT_LABEL', 0, 2500),
				(9, 11, 2, null, 1, 'Bo end before start.', false, 'TRANSCRIPT_LABEL', 5000, 4000),
				(10, 20, 2, null, 0, 'Bo untimed only.', false, 'TRANSCRIPT_LABEL', null, null),
				(11, 20, 1, null, 1, 'Ann heading-like', true, 'TRANSCRIPT_LABEL', 100, 900)""");

		Flyway.configure().dataSource(dataSource).target("14").load().migrate();

		// rows put in after V10 has run: only the table V14 rewrites is expected to be in step
		for (String table : List.of("speaking_ms", "speaker_episode_stats")) {
			assertThat(StatsCheck.stored(jdbc).tables().get(table)).as(table)
				.isNotEmpty()
				.isEqualTo(StatsCheck.recounted(jdbc).tables().get(table));
		}
		// Ann: 4.0 to the voice at 9.5, 12.0 to the untimed passage (none), 20.0 last (none); 2.5 ended
		assertThat(StatsCheck.stored(jdbc).tables().get("speaking_ms")).containsEntry("speaker 1 episode 10", "5500 ms")
			.containsEntry("speaker 2 episode 10", "3000 ms")
			.containsEntry("speaker 1 episode 11", "2500 ms")
			.containsEntry("speaker 2 episode 11", "0 ms")
			.containsEntry("speaker 1 episode 20", "0 ms")
			.containsEntry("speaker 2 episode 20", "0 ms");
		assertThat(StatsCheck.stored(jdbc).tables().get("speaker_episode_stats")).containsEntry("speaker 1 episode 10",
				"podcast 1, 3 quotes");
		assertThat(jdbc.queryForObject("select sum(speaking_ms) from speaker_episode_stats where speaker_id = 1",
				Long.class)).isEqualTo(8000);
	}

}
