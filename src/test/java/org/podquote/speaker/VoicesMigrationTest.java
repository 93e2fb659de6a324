package org.podquote.speaker;

import java.util.List;
import java.util.Map;

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
 * Migration V3 on a library that earlier imports filled with false people, on H2 and on the
 * tests' PostgreSQL (a schema of its own in the database {@code PODQUOTE_TEST_PG_URL} names).
 */
class VoicesMigrationTest {

	@Test
	void turnsSpeakersThatNameNobodyIntoTheVoicesOfTheirEpisodesOnH2() {
		check(new DriverManagerDataSource("jdbc:h2:mem:voices-migration;DB_CLOSE_DELAY=-1", "sa", ""));
	}

	@Test
	void turnsSpeakersThatNameNobodyIntoTheVoicesOfTheirEpisodesOnPostgresql() throws Exception {
		Requirements.require(PostgresSchema.configured(), "PostgreSQL (" + PostgresSchema.URL + ")");
		try (PostgresSchema schema = PostgresSchema.create()) {
			check(new DriverManagerDataSource(schema.url(), PostgresSchema.user(), PostgresSchema.password()));
		}
	}

	private static void check(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(dataSource).target("1").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into podcast (id, slug, title) values (1, 'show-a', 'Show A'), (2, 'show-b', 'Show B')");
		jdbc.update("insert into episode (id, podcast_id, slug, guid, title) values "
				+ "(10, 1, 'a1', 'a1', 'A1'), (20, 2, 'b1', 'b1', 'B1')");
		jdbc.update("insert into speaker (id, slug, name, name_key) values (1, 'speaker-2', 'Speaker 2', 'speaker 2'), "
				+ "(2, 'speaker-1-2', 'SPEAKER_1', 'speaker_1'), (3, 'unknown', 'Unknown', 'unknown'), "
				+ "(4, 'audio', 'Audio', 'audio'), (5, 'jane-doe', 'Jane Doe', 'jane doe')");
		jdbc.update("insert into speaker_alias (speaker_id, alias) values (1, 'Spk 2'), (5, 'JD')");
		jdbc.update("insert into appearance (id, episode_id, speaker_id, position, text, attribution) values "
				+ "(1, 10, 1, 0, 'a', 'TRANSCRIPT_LABEL'), (2, 10, 5, 1, 'b', 'TRANSCRIPT_LABEL'), "
				+ "(3, 20, 1, 0, 'c', 'TRANSCRIPT_LABEL'), (4, 20, 2, 1, 'd', 'TRANSCRIPT_LABEL'), "
				+ "(5, 20, 3, 2, 'e', 'TRANSCRIPT_LABEL'), (6, 20, 4, 3, 'f', 'TRANSCRIPT_LABEL'), "
				+ "(7, 20, null, 4, 'g', 'TRANSCRIPT_LABEL')");
		jdbc.update("insert into credit (episode_id, speaker_id, role) values (10, 1, 'guest'), (10, 5, 'host')");

		Flyway.configure().dataSource(dataSource).target("3").load().migrate();

		assertThat(jdbc.queryForList("select id, speaker_id, voice from appearance order by id"))
			.extracting(row -> tuple(((Number) row.get("id")).longValue(), row.get("speaker_id"), row.get("voice")))
			.containsExactly(tuple(1L, null, "Speaker 2"), tuple(2L, 5L, null), tuple(3L, null, "Speaker 2"),
					tuple(4L, null, "Speaker 1"), tuple(5L, null, "Unknown speaker"), tuple(6L, null, "Audio"),
					tuple(7L, null, null));
		assertThat(jdbc.queryForList("select name from speaker", String.class)).containsExactly("Jane Doe");
		assertThat(jdbc.queryForList("select alias from speaker_alias", String.class)).containsExactly("JD");
		List<Map<String, Object>> credits = jdbc.queryForList("select speaker_id, role, role_group from credit");
		assertThat(credits).extracting(row -> tuple(((Number) row.get("speaker_id")).longValue(), row.get("role"),
				row.get("role_group"))).containsExactly(tuple(5L, "host", null));
	}

}
