package org.podquote.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.podquote.testing.SeedLibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema the migrations made, and what the start says about the database, on the seed library. */
@SeedLibraryTest
class DatabaseTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	ConfigurableEnvironment environment;

	/** The database these tests expect to be on. */
	String product() {
		return "H2";
	}

	@Test
	void everyForeignKeyHasAnIndexThatLeadsWithIt() throws SQLException {
		List<String> unindexed = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String schema = connection.getSchema();
			for (String table : tables(meta, schema)) {
				Set<String> leading = new HashSet<>();
				try (ResultSet indexes = meta.getIndexInfo(null, schema, table, false, false)) {
					while (indexes.next()) {
						if (indexes.getShort("ORDINAL_POSITION") == 1) {
							leading.add(indexes.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
						}
					}
				}
				try (ResultSet keys = meta.getImportedKeys(null, schema, table)) {
					while (keys.next()) {
						String column = keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT);
						if (keys.getShort("KEY_SEQ") == 1 && !leading.contains(column)) {
							unindexed.add(table.toLowerCase(Locale.ROOT) + "." + column);
						}
					}
				}
			}
		}
		assertThat(unindexed).isEmpty();
	}

	@Test
	void theStartSaysWhichDatabaseHoldsTheLibrary() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(DatabaseReport.describe(connection.getMetaData())).startsWith(product() + " ")
				.contains(" at jdbc:")
				.doesNotContain("password");
		}
		assertThat(DatabaseReport.unconfiguredProfiles(environment)).isEmpty();
	}

	private static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME"));
			}
		}
		assertThat(tables).as("tables in %s", schema).isNotEmpty();
		return tables;
	}

}
