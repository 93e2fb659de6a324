package org.podquote.appearance;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.podquote.Requirements;
import org.podquote.testing.PostgresSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Migration V6 on a library imported before it: every stored quote gets the score an import gives
 * now, on H2 and on the tests' PostgreSQL (a schema of its own in {@code PODQUOTE_TEST_PG_URL}).
 */
class SubstanceMigrationTest {

	@Test
	void scoresTheQuotesAlreadyStoredOnH2() {
		check(new DriverManagerDataSource("jdbc:h2:mem:substance-migration;DB_CLOSE_DELAY=-1", "sa", ""));
	}

	@Test
	void scoresTheQuotesAlreadyStoredOnPostgresql() throws Exception {
		Requirements.require(PostgresSchema.configured(), "PostgreSQL (" + PostgresSchema.URL + ")");
		try (PostgresSchema schema = PostgresSchema.create()) {
			check(new DriverManagerDataSource(schema.url(), PostgresSchema.user(), PostgresSchema.password()));
		}
	}

	private static void check(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(dataSource).target("3").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into podcast (id, slug, title) values (1, 'show', 'Show')");
		jdbc.update("insert into episode (id, podcast_id, slug, guid, title) values (10, 1, 'e1', 'e1', 'E1')");
		jdbc.update("insert into speaker (id, slug, name, name_key) values (1, 'mat', 'Mat', 'mat')");
		String thought = "Concurrency is not parallelism: it is a way to structure a program.";
		jdbc.update("insert into appearance (id, episode_id, speaker_id, position, text, attribution) values "
				+ "(1, 10, 1, 0, 'Yeah. [unintelligible 00:02:03.22]', 'TRANSCRIPT_LABEL'), "
				+ "(2, 10, 1, 1, ?, 'TRANSCRIPT_LABEL'), (3, 10, null, 2, 'Mm-hm.', 'TRANSCRIPT_LABEL')", thought);

		Flyway.configure().dataSource(dataSource).target("6").load().migrate();

		assertThat(jdbc.queryForList("select id, substance from appearance order by id"))
			.extracting(row -> tuple(((Number) row.get("id")).longValue(), ((Number) row.get("substance")).intValue()))
			.containsExactly(tuple(1L, 0), tuple(2L, Substance.of(thought)), tuple(3L, 0));
		assertThat(Substance.of(thought)).isPositive();
		// a quote stored after the migration without a score is a zero, never a null
		jdbc.update("insert into appearance (id, episode_id, speaker_id, position, text, attribution) values "
				+ "(4, 10, 1, 3, 'Right.', 'TRANSCRIPT_LABEL')");
		assertThat(jdbc.queryForObject("select substance from appearance where id = 4", Integer.class)).isZero();
	}

}
