package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.podquote.appearance.Appearance;

/**
 * Quote ids come from a sequence that hands them out {@value Appearance#ID_ALLOCATION} at a time
 * instead of from the identity column, so that Hibernate knows a quote's id before it writes it
 * and sends an episode's quotes to the database in JDBC batches (one INSERT per quote was most of
 * an import's time). The sequence starts past the highest id and past the first block Hibernate
 * takes from it (its pooled optimizer reads a value as the top of a block), and the column stops
 * being an identity: an insert that names no id fails instead of taking one the sequence hands out.
 * Runs on H2 2.x and PostgreSQL 15.
 */
public class V15__AppearanceSequence extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		long max;
		try (Statement query = connection.createStatement();
				ResultSet row = query.executeQuery("select coalesce(max(id), 0) from appearance")) {
			row.next();
			max = row.getLong(1);
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table appearance alter column id drop identity");
			ddl.execute("create sequence " + Appearance.ID_SEQUENCE + " start with " + (max + Appearance.ID_ALLOCATION + 1)
					+ " increment by " + Appearance.ID_ALLOCATION);
		}
	}

}
