package org.podquote.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A schema of its own in the tests' PostgreSQL database, for one app: created empty (Flyway fills it
 * as it fills a user's database), dropped with everything in it when the app closes. The database is
 * the one {@code PODQUOTE_TEST_PG_URL} names ({@code .ci/run} creates it), reached as
 * {@code PODQUOTE_TEST_PG_USER} with {@code PODQUOTE_TEST_PG_PASSWORD}; the role must be allowed to
 * create schemas there (its owner is).
 */
public final class PostgresSchema implements AutoCloseable {

	public static final String URL = "PODQUOTE_TEST_PG_URL";

	private final String name;

	private PostgresSchema(String name) {
		this.name = name;
	}

	/** Whether a database for these tests is configured here. */
	public static boolean configured() {
		String url = System.getenv(URL);
		return url != null && !url.isBlank();
	}

	public static PostgresSchema create() throws SQLException {
		PostgresSchema schema = new PostgresSchema("test_" + UUID.randomUUID().toString().replace("-", ""));
		schema.execute("create schema " + schema.name);
		return schema;
	}

	/** The database URL with this schema first on the search path, where Flyway and Hibernate work. */
	public String url() {
		String base = System.getenv(URL);
		return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
	}

	public static String user() {
		return System.getenv("PODQUOTE_TEST_PG_USER");
	}

	public static String password() {
		return System.getenv("PODQUOTE_TEST_PG_PASSWORD");
	}

	public String name() {
		return name;
	}

	@Override
	public void close() throws SQLException {
		// The app's pool may still be closing, and a background reindex may hold a read lock for a
		// moment; wait for them briefly rather than hang the build. A schema left behind is harmless
		// (.ci/run starts from a new database).
		execute("set lock_timeout = '10s'; drop schema if exists " + name + " cascade");
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(System.getenv(URL), user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
