package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A column for each quote's meaning (a 384-byte sentence embedding, see
 * {@code search.meaning.Embedder}), empty until the background embedder fills it: existing
 * libraries are embedded after start, while keyword search works as before. In Java because the
 * two databases name a byte string differently (H2 {@code varbinary}, PostgreSQL {@code bytea}).
 */
public class V12__Meaning extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table appearance add column meaning " + (postgres ? "bytea" : "varbinary(384)"));
		}
	}

}
