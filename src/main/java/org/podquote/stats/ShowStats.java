package org.podquote.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the show counts of V19 in step with the episodes and credits: a show's episodes (all, dated,
 * numbered, the dates they span), recounted for each show a transaction touched (from V18's indexes
 * on the show's episodes, a few thousand index entries at most), and who is credited on it in which
 * role, carried as differences (a credit is one episode of its person and role: V1's
 * {@code uk_credit}), so that an import costs a statement or two per episode, not a count of the
 * show's credits. Where a change is not known credit by credit (a person merged into another by a
 * bulk update, then deleted; a credit whose episode is gone) the shows of that person are recounted
 * whole.
 * <p>
 * Called by {@link StatsIntegration} beside {@link LibraryStats}, on the transaction's connection;
 * plain JDBC and SQL that H2 and PostgreSQL both run.
 */
public final class ShowStats {

	private ShowStats() {
	}

	/** One credit written (+1) or removed (-1); its show, when not known yet, is looked up by its episode. */
	private record Credit(long episodeId, Long podcastId, long speakerId, String role, int sign) {
	}

	/** What one transaction changed that these counts follow. */
	static final class Changes {

		private final Set<Long> podcasts = new TreeSet<>();

		private final List<Credit> credits = new ArrayList<>();

		private final Set<Long> peopleGone = new TreeSet<>();

		/** The show gained, lost or changed an episode. */
		void episodes(Long podcastId) {
			if (podcastId != null) {
				podcasts.add(podcastId);
			}
		}

		/** A credit written (sign 1) or removed (sign -1); podcastId null when not at hand. */
		void credit(long episodeId, Long podcastId, long speakerId, String role, int sign) {
			credits.add(new Credit(episodeId, podcastId, speakerId, role, sign));
		}

		/** A person deleted (after their credits went, or were given to another in bulk). */
		void personGone(long speakerId) {
			peopleGone.add(speakerId);
		}

		boolean isEmpty() {
			return podcasts.isEmpty() && credits.isEmpty() && peopleGone.isEmpty();
		}

	}

	/** Brings the counts of what changed up to date. */
	static void refresh(Connection connection, Changes changes) throws SQLException {
		Set<Long> recountCredits = new TreeSet<>();
		for (long speakerId : changes.peopleGone) {
			recountCredits.addAll(longs(connection,
					"select podcast_id from podcast_credit_stats where speaker_id = ?", speakerId));
		}
		Map<Long, Long> podcastOf = new HashMap<>();
		Map<List<Object>, Long> deltas = new HashMap<>();
		for (Credit credit : changes.credits) {
			Long podcastId = credit.podcastId() != null ? credit.podcastId()
					: podcastOf.computeIfAbsent(credit.episodeId(), id -> podcastOf(connection, id));
			if (podcastId == null) {
				// its episode is gone as well: recount every show the person was counted on
				recountCredits.addAll(longs(connection,
						"select podcast_id from podcast_credit_stats where speaker_id = ?", credit.speakerId()));
				continue;
			}
			deltas.merge(List.of(podcastId, credit.speakerId(), credit.role()), (long) credit.sign(), Long::sum);
		}
		Set<Long> touched = new TreeSet<>(recountCredits);
		try (PreparedStatement update = connection.prepareStatement(
				"update podcast_credit_stats set episodes = episodes + ? where podcast_id = ? and speaker_id = ? and role = ?");
				PreparedStatement insert = connection.prepareStatement(
						"insert into podcast_credit_stats (podcast_id, speaker_id, role, episodes) values (?, ?, ?, ?)")) {
			for (Map.Entry<List<Object>, Long> delta : deltas.entrySet()) {
				long podcastId = (Long) delta.getKey().get(0);
				if (delta.getValue() == 0 || recountCredits.contains(podcastId)) {
					continue;
				}
				touched.add(podcastId);
				update.setLong(1, delta.getValue());
				update.setLong(2, podcastId);
				update.setLong(3, (Long) delta.getKey().get(1));
				update.setString(4, (String) delta.getKey().get(2));
				if (update.executeUpdate() == 0) {
					insert.setLong(1, podcastId);
					insert.setLong(2, (Long) delta.getKey().get(1));
					insert.setString(3, (String) delta.getKey().get(2));
					insert.setLong(4, delta.getValue());
					insert.executeUpdate();
				}
			}
		}
		for (long podcastId : recountCredits) {
			update(connection, "delete from podcast_credit_stats where podcast_id = ?", podcastId);
			update(connection, """
					insert into podcast_credit_stats (podcast_id, speaker_id, role, episodes)
					select e.podcast_id, c.speaker_id, c.role, count(distinct c.episode_id)
					from credit c join episode e on e.id = c.episode_id
					where e.podcast_id = ? group by e.podcast_id, c.speaker_id, c.role""", podcastId);
		}
		for (long podcastId : touched) {
			update(connection, "delete from podcast_credit_stats where podcast_id = ? and episodes <= 0", podcastId);
		}
		for (long podcastId : changes.podcasts) {
			update(connection, "delete from podcast_episode_stats where podcast_id = ?", podcastId);
			update(connection, """
					insert into podcast_episode_stats (podcast_id, episodes, dated, numbered, first_date, last_date)
					select podcast_id, count(*), count(published_on), count(number), min(published_on), max(published_on)
					from episode where podcast_id = ? group by podcast_id""", podcastId);
		}
	}

	private static Long podcastOf(Connection connection, long episodeId) {
		try {
			List<Long> found = longs(connection, "select podcast_id from episode where id = ?", episodeId);
			return found.isEmpty() ? null : found.get(0);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the show of episode " + episodeId, ex);
		}
	}

	private static List<Long> longs(Connection connection, String sql, long id) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setLong(1, id);
			List<Long> values = new ArrayList<>();
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					values.add(result.getLong(1));
				}
			}
			return values;
		}
	}

	private static void update(Connection connection, String sql, long id) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, id);
			statement.executeUpdate();
		}
	}

}
