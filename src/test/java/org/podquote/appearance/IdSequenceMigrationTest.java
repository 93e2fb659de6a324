package org.podquote.appearance;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.podquote.Requirements;
import org.podquote.testing.PostgresSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migration V15 on a library with quotes, on H2 and on the tests' PostgreSQL: quote ids come from
 * a sequence whose first block (Hibernate's pooled optimizer takes a value as the top of a block
 * of {@value Appearance#ID_ALLOCATION}) lies wholly above the quotes there are, and the column no
 * longer hands out ids of its own.
 */
class IdSequenceMigrationTest {

	@Test
	void startsTheSequencePastTheQuotesOnH2() {
		check(new DriverManagerDataSource("jdbc:h2:mem:id-sequence-migration;DB_CLOSE_DELAY=-1", "sa", ""), false);
	}

	@Test
	void startsTheSequencePastTheQuotesOnPostgresql() throws Exception {
		Requirements.require(PostgresSchema.configured(), "PostgreSQL (" + PostgresSchema.URL + ")");
		try (PostgresSchema schema = PostgresSchema.create()) {
			check(new DriverManagerDataSource(schema.url(), PostgresSchema.user(), PostgresSchema.password()), true);
		}
	}

	private static void check(DataSource dataSource, boolean postgres) {
		Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(dataSource).target("1").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into podcast (id, slug, title) values (1, 'show-a', 'Show A')");
		jdbc.update("insert into episode (id, podcast_id, slug, guid, title) values (10, 1, 'a1', 'a1', 'A1')");
		jdbc.update("insert into appearance (id, episode_id, position, text, attribution) values "
				+ "(3, 10, 0, 'a', 'TRANSCRIPT_LABEL'), (7001, 10, 1, 'b', 'TRANSCRIPT_LABEL')");

		Flyway.configure().dataSource(dataSource).target("15").load().migrate();

		String next = postgres ? "select nextval('" + Appearance.ID_SEQUENCE + "')"
				: "select next value for " + Appearance.ID_SEQUENCE;
		long first = jdbc.queryForObject(next, Long.class);
		assertThat(first - Appearance.ID_ALLOCATION + 1).isGreaterThan(7001);
		assertThat(jdbc.queryForObject(next, Long.class)).isEqualTo(first + Appearance.ID_ALLOCATION);
		assertThatThrownBy(() -> jdbc.update("insert into appearance (episode_id, position, text, attribution) "
				+ "values (10, 2, 'c', 'TRANSCRIPT_LABEL')")).hasMessageContaining("id");
		assertThat(jdbc.queryForObject("select count(*) from appearance", Long.class)).isEqualTo(2);
	}

}
