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
 * Migration V9 on a library imported before quotes kept the end of the passage before them: the
 * passages that continue one speaker's turn get their lead; a new speaker, a heading, a gap in
 * positions, another episode and a captured page's excerpts get none.
 */
class LeadsMigrationTest {

	@Test
	void givesTheQuotesOfAnOlderLibraryTheirLeadsOnH2() {
		check(new DriverManagerDataSource("jdbc:h2:mem:leads-migration;DB_CLOSE_DELAY=-1", "sa", ""));
	}

	@Test
	void givesTheQuotesOfAnOlderLibraryTheirLeadsOnPostgresql() throws Exception {
		Requirements.require(PostgresSchema.configured(), "PostgreSQL (" + PostgresSchema.URL + ")");
		try (PostgresSchema schema = PostgresSchema.create()) {
			check(new DriverManagerDataSource(schema.url(), PostgresSchema.user(), PostgresSchema.password()));
		}
	}

	private static void check(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(dataSource).target("6").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into podcast (id, slug, title) values (1, 'show', 'Show')");
		jdbc.update("insert into episode (id, podcast_id, slug, guid, title) values (10, 1, 'one', 'one', 'One'), "
				+ "(20, 1, 'two', 'two', 'Two')");
		jdbc.update("insert into speaker (id, slug, name, name_key) values (1, 'ann', 'Ann', 'ann'), (2, 'bo', 'Bo', 'bo')");
		String longer = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
				+ "sixteen seventeen eighteen.";
		jdbc.update("""
				insert into appearance (id, episode_id, speaker_id, voice, position, text, heading, attribution) values
				(1, 10, 1, null, 0, ?, false, 'TRANSCRIPT_LABEL'),
				(2, 10, 1, null, 1, 'And the start of the next.', false, 'TRANSCRIPT_LABEL'),
				(3, 10, 2, null, 2, 'Bo speaks.', false, 'TRANSCRIPT_LABEL'),
				(4, 10, 2, null, 3, 'A Heading', true, 'TRANSCRIPT_LABEL'),
				(5, 10, 2, null, 4, 'After the heading.', false, 'TRANSCRIPT_LABEL'),
				(6, 10, 2, null, 6, 'After a gap.', false, 'TRANSCRIPT_LABEL'),
				(7, 20, 2, null, 0, 'Another episode.', false, 'TRANSCRIPT_LABEL'),
				(8, 20, null, 'Speaker 1', 1, 'A voice.', false, 'TRANSCRIPT_LABEL'),
				(9, 20, null, 'Speaker 1', 2, 'The same voice.', false, 'MANUAL'),
				(10, 20, 1, null, 3, 'A captured excerpt.', false, 'EPISODE_TITLE'),
				(11, 20, 1, null, 4, 'Another excerpt.', false, 'EPISODE_TITLE')""", longer);

		Flyway.configure().dataSource(dataSource).target("9").load().migrate();

		assertThat(jdbc.queryForList("select id, lead from appearance order by id"))
			.extracting(row -> tuple(((Number) row.get("id")).longValue(), row.get("lead")))
			.containsExactly(tuple(1L, null), tuple(2L, Appearance.tail(longer)), tuple(3L, null), tuple(4L, null),
					tuple(5L, null), tuple(6L, null), tuple(7L, null), tuple(8L, null), tuple(9L, "A voice."),
					tuple(10L, null), tuple(11L, null));
		assertThat(Appearance.tail(longer)).startsWith("three four").endsWith("eighteen.");
	}

}
