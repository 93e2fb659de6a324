package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.podquote.appearance.Substance;

/**
 * {@code appearance.substance}, how much a quote says, which a speaker's page ranks by, and the
 * indexes that keep that page to index reads on a speaker of tens of thousands of quotes: the
 * ranking in index order ({@code speaker_id, substance desc, id}, with {@code episode_id} so that
 * a show's or a period's ranking is read from the index alone); a speaker's quotes by episode
 * in spoken order ({@code speaker_id, episode_id, position}), which also counts them per episode;
 * and who speaks in an episode ({@code episode_id, speaker_id}), for "appears with". Written in Java, not SQL, so that the rows already stored get the score that
 * {@link Substance} gives at import; the statements are plain SQL that H2 and PostgreSQL both run.
 */
public class V6__Substance extends BaseJavaMigration {

	private static final int BATCH = 1000;

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table appearance add column substance integer default 0 not null");
		}
		// scores first, then the updates: no result set stays open on the table being written
		long[] ids = new long[64];
		int[] scores = new int[64];
		int count = 0;
		try (Statement query = connection.createStatement()) {
			query.setFetchSize(BATCH);
			try (ResultSet rows = query.executeQuery("select id, text from appearance")) {
				while (rows.next()) {
					int substance = Substance.of(rows.getString(2));
					if (substance > 0) {
						if (count == ids.length) {
							ids = Arrays.copyOf(ids, count * 2);
							scores = Arrays.copyOf(scores, count * 2);
						}
						ids[count] = rows.getLong(1);
						scores[count++] = substance;
					}
				}
			}
		}
		try (PreparedStatement update = connection.prepareStatement("update appearance set substance = ? where id = ?")) {
			for (int i = 0; i < count; i++) {
				update.setInt(1, scores[i]);
				update.setLong(2, ids[i]);
				update.addBatch();
				if ((i + 1) % BATCH == 0 || i == count - 1) {
					update.executeBatch();
				}
			}
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("create index ix_appearance_substance on appearance (speaker_id, substance desc, id, episode_id)");
			ddl.execute("create index ix_appearance_speaker_episode on appearance (speaker_id, episode_id, position)");
			ddl.execute("create index ix_appearance_episode_speaker on appearance (episode_id, speaker_id)");
		}
	}

}
