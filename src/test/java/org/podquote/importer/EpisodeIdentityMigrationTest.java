package org.podquote.importer;

import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V2 on a library of V1: episodes keep their rows and old keys (the importer moves them on the
 * next import, see {@link LegacyLibraryTest}), gain an empty number and link, and their sources
 * become what the quotes were read from.
 */
class EpisodeIdentityMigrationTest {

	@Test
	void keepsTheEpisodesOfAVersion1Library() {
		DriverManagerDataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:v1-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		flyway(database, "1").migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		jdbc.update("insert into podcast (id, slug, title) values (1, 'open-mic', 'Open Mic')");
		jdbc.update("""
				insert into episode (id, podcast_id, slug, guid, title, published_on)
				values (1, 1, 'pilot', 'file:open-mic/pilot.json', 'pilot', date '2024-05-01')""");
		jdbc.update("""
				insert into transcript_source (episode_id, location, format, sha256, imported_at, appearance_count, error_count)
				values (1, '/shows/Open Mic/pilot.json', 'json', 'abc', timestamp '2024-05-02 10:00:00', 2, 0)""");

		flyway(database, "latest").migrate();

		assertThat(jdbc.queryForMap("select guid, title, number, link, published_on from episode where id = 1"))
			.containsEntry("GUID", "file:open-mic/pilot.json")
			.containsEntry("TITLE", "pilot")
			.containsEntry("NUMBER", null)
			.containsEntry("LINK", null);
		Map<String, Object> source = jdbc.queryForMap("select role, sha256 from transcript_source");
		assertThat(source).containsEntry("ROLE", "TRANSCRIPT").containsEntry("SHA256", "abc");
	}

	static Flyway flyway(DriverManagerDataSource database, String target) {
		return Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.target(MigrationVersion.fromVersion(target))
			.load();
	}

}
