package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.podquote.appearance.Appearance;

/**
 * Gives the quotes stored before V4 their {@code lead} (the end of the passage before, when both
 * are one speaker's turn cut in two), as the importer now does, so that an exact phrase across
 * such a cut is found in an existing library too: re-importing the same files changes nothing, so
 * nothing else would fill it. The same rule as {@link Appearance#follow}: the next position in
 * the episode, the same speaker and voice, neither a heading; quotes of a captured speaker page
 * (attributed by the episode title) are excerpts, not running speech, and get none. The search
 * index is rebuilt at start because its analysis version changed in the same release.
 */
public class V9__Leads extends BaseJavaMigration {

	private static final int BATCH = 1000;

	private record Row(long id, long episode, int position, Long speaker, String voice, boolean heading,
			String text) {
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<Long> ids = new ArrayList<>();
		List<String> leads = new ArrayList<>();
		try (Statement query = connection.createStatement()) {
			query.setFetchSize(BATCH);
			try (ResultSet rows = query.executeQuery("""
					select id, episode_id, position, speaker_id, voice, heading, text, lead from appearance
					where attribution in ('TRANSCRIPT_LABEL', 'MANUAL') order by episode_id, position""")) {
				Row previous = null;
				while (rows.next()) {
					long speaker = rows.getLong(4);
					Row row = new Row(rows.getLong(1), rows.getLong(2), rows.getInt(3), rows.wasNull() ? null : speaker,
							rows.getString(5), rows.getBoolean(6), rows.getString(7));
					if (rows.getString(8) == null && previous != null && previous.episode == row.episode
							&& previous.position == row.position - 1 && Objects.equals(previous.speaker, row.speaker)
							&& Objects.equals(previous.voice, row.voice) && !previous.heading && !row.heading) {
						ids.add(row.id);
						leads.add(Appearance.tail(previous.text));
					}
					previous = row;
				}
			}
		}
		try (PreparedStatement update = connection.prepareStatement("update appearance set lead = ? where id = ?")) {
			for (int i = 0; i < ids.size(); i++) {
				update.setString(1, leads.get(i));
				update.setLong(2, ids.get(i));
				update.addBatch();
				if ((i + 1) % BATCH == 0 || i == ids.size() - 1) {
					update.executeBatch();
				}
			}
		}
	}

}
