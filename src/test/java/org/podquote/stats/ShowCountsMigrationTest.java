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
 * Migration V19 on a library made before it: each show's episode counts and credits equal what its
 * episodes and credits give (dated and undated, numbered and not, a show without dates, a person in
 * two roles, a show without episodes), on H2 and on the tests' PostgreSQL.
 */
class ShowCountsMigrationTest {

	@Test
	void countsTheShowsOfAnOlderLibraryOnH2() {
		check(new DriverManagerDataSource("jdbc:h2:mem:show-counts-migration;DB_CLOSE_DELAY=-1", "sa", ""));
	}

	@Test
	void countsTheShowsOfAnOlderLibraryOnPostgresql() throws Exception {
		Requirements.require(PostgresSchema.configured(), "PostgreSQL (" + PostgresSchema.URL + ")");
		try (PostgresSchema schema = PostgresSchema.create()) {
			check(new DriverManagerDataSource(schema.url(), PostgresSchema.user(), PostgresSchema.password()));
		}
	}

	private static void check(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(dataSource).target("18").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into podcast (id, slug, title) values (1, 'one', 'One'), (2, 'two', 'Two'), (3, 'none', 'None')");
		jdbc.update("""
				insert into episode (id, podcast_id, slug, guid, title, published_on, number) values
				(10, 1, 'a', 'a', 'A', date '2024-01-05', 1), (11, 1, 'b', 'b', 'B', date '2024-03-01', null),
				(12, 1, 'c', 'c', 'C', null, 3), (20, 2, 'd', 'd', 'D', null, null)""");
		jdbc.update("""
				insert into speaker (id, slug, name, name_key) values
				(1, 'ann', 'Ann', 'ann'), (2, 'bo', 'Bo', 'bo')""");
		jdbc.update("""
				insert into credit (episode_id, speaker_id, role) values
				(10, 1, 'host'), (11, 1, 'host'), (12, 1, 'host'), (11, 1, 'guest'), (12, 2, 'guest'), (20, 2, 'host')""");

		Flyway.configure().dataSource(dataSource).target("19").load().migrate();

		StatsCheck.Tables stored = StatsCheck.stored(jdbc);
		assertThat(stored.tables()).isEqualTo(StatsCheck.recounted(jdbc).tables());
		assertThat(stored.tables().get("podcast_episode_stats"))
			.containsEntry("podcast 1", "3 episodes, 2 dated, 2 numbered, 2024-01-05 to 2024-03-01")
			.containsEntry("podcast 2", "1 episodes, 0 dated, 0 numbered, null to null")
			.doesNotContainKey("podcast 3");
		assertThat(stored.tables().get("podcast_credit_stats")).containsEntry("podcast 1 speaker 1 as host", "3 episodes")
			.containsEntry("podcast 1 speaker 1 as guest", "1 episodes")
			.containsEntry("podcast 1 speaker 2 as guest", "1 episodes")
			.containsEntry("podcast 2 speaker 2 as host", "1 episodes")
			.hasSize(4);
	}

}
