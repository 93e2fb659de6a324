package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.podquote.speaker.Voices;

/**
 * Unnamed voices ({@code appearance.voice}) and credit groups ({@code credit.role_group}), and the
 * speakers that earlier imports made of labels naming nobody ("Speaker 2" of two unrelated shows
 * as one person, "SPEAKER_1", "Unknown", "Audio"): their quotes become the voice of their own
 * episode, as an import now stores them, and the false person goes with their credits. No quote is
 * deleted. Written in Java, not SQL, so that the one rule of {@link Voices} decides here as at
 * import; the statements are plain SQL that H2 and PostgreSQL both run. The default labels that
 * are not people apply, not a configured list: a migration runs before the configuration is read.
 * The search index still holds the old speakers of these quotes; the start-up index check sees
 * that and rebuilds it.
 */
public class V3__Voices extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table appearance add column voice varchar(100)");
			ddl.execute("alter table credit add column role_group varchar(100)");
		}
		Map<Long, String> voices = new LinkedHashMap<>();
		Voices rule = Voices.defaults();
		try (Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery("select id, name from speaker order by id")) {
			while (rows.next()) {
				String voice = rule.voiceOf(rows.getString(2));
				if (voice != null) {
					voices.put(rows.getLong(1), voice);
				}
			}
		}
		if (voices.isEmpty()) {
			return;
		}
		try (PreparedStatement quotes = connection
			.prepareStatement("update appearance set voice = ?, speaker_id = null where speaker_id = ?");
				PreparedStatement credits = connection.prepareStatement("delete from credit where speaker_id = ?");
				PreparedStatement aliases = connection
					.prepareStatement("delete from speaker_alias where speaker_id = ?");
				PreparedStatement speakers = connection.prepareStatement("delete from speaker where id = ?")) {
			for (Map.Entry<Long, String> entry : voices.entrySet()) {
				quotes.setString(1, entry.getValue());
				quotes.setLong(2, entry.getKey());
				quotes.addBatch();
				for (PreparedStatement delete : new PreparedStatement[] { credits, aliases, speakers }) {
					delete.setLong(1, entry.getKey());
					delete.addBatch();
				}
			}
			quotes.executeBatch();
			credits.executeBatch();
			aliases.executeBatch();
			speakers.executeBatch();
		}
	}

}
