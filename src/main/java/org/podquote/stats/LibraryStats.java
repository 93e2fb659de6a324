package org.podquote.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the counts of V10 in step with the quotes: given the episodes whose quotes (or whose own
 * facts) changed in a transaction, it recounts those episodes from {@code appearance} (each by its
 * index, {@code episode_id, speaker_id}) and carries the difference up to the people, their shows,
 * their pairs and the shows, so that an import costs a few statements per episode, not a pass over
 * the library, and a page reads the totals instead of counting quotes.
 * <p>
 * Called by {@link StatsIntegration} before every commit that wrote a quote or an episode, on the
 * transaction's own connection: what a page reads was counted in the same transaction as the
 * quotes. Plain JDBC, plain SQL that H2 and PostgreSQL both run; no Spring, so that it runs
 * wherever Hibernate does, a JPA test slice included.
 */
public final class LibraryStats {

	/** Where an episode's opener is looked for: its first positions (as HostInference reads it). */
	public static final int OPENING_WITHIN = 10;

	/**
	 * How long a passage lasts, summed: from its start to its end, or, without an end, to the start of
	 * the next passage in its episode ({@code next_start}); untimed passages and headings count
	 * nothing. The rule of an episode's bar ({@code episode/SpeakingTime}) and of V14.
	 */
	static final String SPEAKING_MS = """
			coalesce(sum(case when t.heading or t.start_ms is null then 0
			                  when t.end_ms is not null then greatest(t.end_ms - t.start_ms, 0)
			                  when t.next_start is not null then greatest(t.next_start - t.start_ms, 0)
			                  else 0 end), 0)""";

	/** Episodes recounted by one statement; more are taken in runs of this many. */
	static final int RUN = 500;

	private LibraryStats() {
	}

	/** A person's quotes in an episode, as counted, and how long they speak there (V14). */
	private record Row(long speakerId, long episodeId, long podcastId, long quotes, long speakingMs) {
	}

	/** A change to a counted pair of ids: so many quotes and episodes more (or fewer). */
	private static final class Delta {

		long quotes;

		long episodes;

	}

	/** Recounts these episodes (those deleted included) and what depends on them. */
	public static void refresh(Connection connection, Collection<Long> episodeIds) throws SQLException {
		List<Long> ids = new ArrayList<>(new TreeSet<>(episodeIds));
		for (int from = 0; from < ids.size(); from += RUN) {
			refreshRun(connection, ids.subList(from, Math.min(from + RUN, ids.size())));
		}
	}

	private static void refreshRun(Connection connection, List<Long> episodeIds) throws SQLException {
		String in = marks(episodeIds.size());
		List<Row> before = rows(connection,
				"select speaker_id, episode_id, podcast_id, quotes, speaking_ms from speaker_episode_stats where episode_id in "
						+ in,
				episodeIds);
		List<Row> after = rows(connection, """
				select t.speaker_id, t.episode_id, e.podcast_id, count(*), %s
				from (select a.speaker_id, a.episode_id, a.start_ms, a.end_ms, a.heading,
				             lead(a.start_ms) over (partition by a.episode_id order by a.position) as next_start
				      from appearance a where a.episode_id in %s) t
				join episode e on e.id = t.episode_id
				where t.speaker_id is not null group by t.speaker_id, t.episode_id, e.podcast_id"""
			.formatted(SPEAKING_MS, in), episodeIds);
		Set<Long> podcasts = new HashSet<>(longs(connection,
				"select podcast_id from episode_stats where episode_id in " + in, episodeIds));

		update(connection, "delete from speaker_episode_stats where episode_id in " + in, episodeIds);
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into speaker_episode_stats (speaker_id, episode_id, podcast_id, quotes, speaking_ms) values (?, ?, ?, ?, ?)")) {
			for (Row row : after) {
				insert.setLong(1, row.speakerId());
				insert.setLong(2, row.episodeId());
				insert.setLong(3, row.podcastId());
				insert.setLong(4, row.quotes());
				insert.setLong(5, row.speakingMs());
				insert.addBatch();
			}
			if (!after.isEmpty()) {
				insert.executeBatch();
			}
		}
		update(connection, "delete from episode_stats where episode_id in " + in, episodeIds);
		update(connection, """
				insert into episode_stats (episode_id, podcast_id, quotes)
				select a.episode_id, e.podcast_id, count(*) from appearance a join episode e on e.id = a.episode_id
				where a.episode_id in %s group by a.episode_id, e.podcast_id""".formatted(in), episodeIds);
		update(connection, """
				update episode_stats set opener_id = (select a.speaker_id from appearance a
				  where a.episode_id = episode_stats.episode_id and a.position < %d and a.speaker_id is not null
				    and a.heading = false order by a.position fetch first 1 rows only)
				where episode_id in %s""".formatted(OPENING_WITHIN, in), episodeIds);
		podcasts.addAll(longs(connection, "select podcast_id from episode_stats where episode_id in " + in, episodeIds));

		// what the recount changed, by person and show, and by pair of people
		Map<List<Long>, Delta> byShow = new HashMap<>();
		Map<List<Long>, Delta> byPair = new HashMap<>();
		Set<Long> people = new LinkedHashSet<>();
		tally(before, -1, byShow, byPair, people);
		tally(after, 1, byShow, byPair, people);
		apply(connection, "speaker_podcast_stats", "podcast_id", true, byShow);
		apply(connection, "speaker_pair_stats", "other_id", false, byPair);
		if (!people.isEmpty()) {
			List<Long> speakerIds = new ArrayList<>(people);
			for (int from = 0; from < speakerIds.size(); from += RUN) {
				List<Long> run = speakerIds.subList(from, Math.min(from + RUN, speakerIds.size()));
				String speakers = marks(run.size());
				update(connection, "delete from speaker_podcast_stats where episodes <= 0 and speaker_id in " + speakers, run);
				update(connection, "delete from speaker_pair_stats where episodes <= 0 and speaker_id in " + speakers, run);
				update(connection, "delete from speaker_stats where speaker_id in " + speakers, run);
				update(connection, """
						insert into speaker_stats (speaker_id, quotes, episodes, podcasts)
						select speaker_id, sum(quotes), sum(episodes), count(*) from speaker_podcast_stats
						where speaker_id in %s group by speaker_id""".formatted(speakers), run);
			}
		}
		if (!podcasts.isEmpty()) {
			List<Long> podcastIds = new ArrayList<>(podcasts);
			String shows = marks(podcastIds.size());
			update(connection, "delete from podcast_stats where podcast_id in " + shows, podcastIds);
			update(connection, """
					insert into podcast_stats (podcast_id, quotes, episodes, latest)
					select s.podcast_id, sum(s.quotes), count(*), max(e.published_on)
					from episode_stats s join episode e on e.id = s.episode_id
					where s.podcast_id in %s group by s.podcast_id""".formatted(shows), podcastIds);
		}
	}

	/** Adds (sign 1) or takes away (sign -1) these rows' quotes and episodes, and each pair of their people. */
	private static void tally(List<Row> rows, int sign, Map<List<Long>, Delta> byShow, Map<List<Long>, Delta> byPair,
			Set<Long> people) {
		Map<Long, List<Long>> byEpisode = new HashMap<>();
		for (Row row : rows) {
			Delta show = byShow.computeIfAbsent(List.of(row.speakerId(), row.podcastId()), k -> new Delta());
			show.quotes += sign * row.quotes();
			show.episodes += sign;
			people.add(row.speakerId());
			byEpisode.computeIfAbsent(row.episodeId(), k -> new ArrayList<>()).add(row.speakerId());
		}
		for (List<Long> together : byEpisode.values()) {
			for (Long one : together) {
				for (Long other : together) {
					if (!one.equals(other)) {
						byPair.computeIfAbsent(List.of(one, other), k -> new Delta()).episodes += sign;
					}
				}
			}
		}
	}

	/**
	 * Adds the changes to a table keyed by {@code speaker_id} and another id: an update, and an
	 * insert where there was no row yet. Rows left at zero are removed by the caller.
	 */
	private static void apply(Connection connection, String table, String otherKey, boolean withQuotes,
			Map<List<Long>, Delta> changes) throws SQLException {
		List<Map.Entry<List<Long>, Delta>> changed = changes.entrySet()
			.stream()
			.filter(e -> e.getValue().quotes != 0 || e.getValue().episodes != 0)
			.toList();
		if (changed.isEmpty()) {
			return;
		}
		String set = withQuotes ? "quotes = quotes + ?, episodes = episodes + ?" : "episodes = episodes + ?";
		List<Map.Entry<List<Long>, Delta>> missing = new ArrayList<>();
		try (PreparedStatement update = connection
			.prepareStatement("update " + table + " set " + set + " where speaker_id = ? and " + otherKey + " = ?")) {
			for (Map.Entry<List<Long>, Delta> change : changed) {
				int i = 1;
				if (withQuotes) {
					update.setLong(i++, change.getValue().quotes);
				}
				update.setLong(i++, change.getValue().episodes);
				update.setLong(i++, change.getKey().get(0));
				update.setLong(i, change.getKey().get(1));
				if (update.executeUpdate() == 0) {
					missing.add(change);
				}
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		String columns = withQuotes ? "(speaker_id, " + otherKey + ", quotes, episodes) values (?, ?, ?, ?)"
				: "(speaker_id, " + otherKey + ", episodes) values (?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement("insert into " + table + " " + columns)) {
			for (Map.Entry<List<Long>, Delta> change : missing) {
				insert.setLong(1, change.getKey().get(0));
				insert.setLong(2, change.getKey().get(1));
				if (withQuotes) {
					insert.setLong(3, change.getValue().quotes);
					insert.setLong(4, change.getValue().episodes);
				}
				else {
					insert.setLong(3, change.getValue().episodes);
				}
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static String marks(int count) {
		return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
	}

	private static void bind(PreparedStatement statement, List<Long> ids) throws SQLException {
		for (int i = 0; i < ids.size(); i++) {
			statement.setLong(i + 1, ids.get(i));
		}
	}

	private static List<Row> rows(Connection connection, String sql, List<Long> ids) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			bind(query, ids);
			List<Row> rows = new ArrayList<>();
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					rows.add(new Row(result.getLong(1), result.getLong(2), result.getLong(3), result.getLong(4),
							result.getLong(5)));
				}
			}
			return rows;
		}
	}

	private static List<Long> longs(Connection connection, String sql, List<Long> ids) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			bind(query, ids);
			List<Long> values = new ArrayList<>();
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					values.add(result.getLong(1));
				}
			}
			return values;
		}
	}

	private static void update(Connection connection, String sql, List<Long> ids) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, ids);
			statement.executeUpdate();
		}
	}

}
