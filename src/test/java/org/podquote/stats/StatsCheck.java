package org.podquote.stats;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The maintained counts of V10 (and V19's of the shows, once migrated) as they are stored, and as
 * they should be: counted here afresh, in Java, from every quote with its episode and every episode
 * and credit, so that a test compares them table by table.
 */
final class StatsCheck {

	/** A table's rows, key to values, each as text ("speaker 3 episode 7" to "podcast 2, 5 quotes"). */
	record Tables(Map<String, Map<String, String>> tables) {
	}

	private record Quote(Long speakerId, long episodeId, long podcastId, LocalDate publishedOn, int position,
			boolean heading, Long startMs, Long endMs) {
	}

	private StatsCheck() {
	}

	static Tables stored(JdbcTemplate jdbc) {
		Map<String, Map<String, String>> tables = new TreeMap<>();
		tables.put("episode_stats", rows(jdbc, "select episode_id, podcast_id, quotes, opener_id from episode_stats",
				r -> "episode " + r.get(0), r -> "podcast " + r.get(1) + ", " + r.get(2) + " quotes, opened by " + r.get(3)));
		if (hasSpeakingTime(jdbc)) {
			tables.put("speaking_ms", rows(jdbc, "select speaker_id, episode_id, speaking_ms from speaker_episode_stats",
					r -> "speaker " + r.get(0) + " episode " + r.get(1), r -> r.get(2) + " ms"));
		}
		tables.put("speaker_episode_stats",
				rows(jdbc, "select speaker_id, episode_id, podcast_id, quotes from speaker_episode_stats",
						r -> "speaker " + r.get(0) + " episode " + r.get(1),
						r -> "podcast " + r.get(2) + ", " + r.get(3) + " quotes"));
		tables.put("speaker_podcast_stats",
				rows(jdbc, "select speaker_id, podcast_id, quotes, episodes from speaker_podcast_stats",
						r -> "speaker " + r.get(0) + " podcast " + r.get(1), r -> r.get(2) + " quotes in " + r.get(3)));
		tables.put("speaker_stats", rows(jdbc, "select speaker_id, quotes, episodes, podcasts from speaker_stats",
				r -> "speaker " + r.get(0), r -> r.get(1) + " quotes in " + r.get(2) + " on " + r.get(3)));
		tables.put("speaker_pair_stats", rows(jdbc, "select speaker_id, other_id, episodes from speaker_pair_stats",
				r -> "speaker " + r.get(0) + " with " + r.get(1), r -> r.get(2) + " episodes"));
		tables.put("podcast_stats", rows(jdbc, "select podcast_id, quotes, episodes, latest from podcast_stats",
				r -> "podcast " + r.get(0), r -> r.get(1) + " quotes in " + r.get(2) + ", latest " + r.get(3)));
		if (hasTable(jdbc, "podcast_episode_stats")) {
			tables.put("podcast_episode_stats", rows(jdbc,
					"select podcast_id, episodes, dated, numbered, first_date, last_date from podcast_episode_stats",
					r -> "podcast " + r.get(0), r -> showEpisodes(r.get(1), r.get(2), r.get(3), r.get(4), r.get(5))));
			tables.put("podcast_credit_stats",
					rows(jdbc, "select podcast_id, speaker_id, role, episodes from podcast_credit_stats",
							r -> "podcast " + r.get(0) + " speaker " + r.get(1) + " as " + r.get(2), r -> r.get(3) + " episodes"));
		}
		return new Tables(tables);
	}

	private static String showEpisodes(Object episodes, Object dated, Object numbered, Object first, Object last) {
		return episodes + " episodes, " + dated + " dated, " + numbered + " numbered, " + first + " to " + last;
	}

	/**
	 * A show's episodes (all, dated, numbered, the dates they span) and who is credited on it in
	 * which role on how many episodes, counted here from every episode and credit.
	 */
	private static void recountShows(JdbcTemplate jdbc, Map<String, Map<String, String>> tables) {
		record Row(long id, long podcastId, LocalDate publishedOn, Integer number) {
		}
		List<Row> episodes = jdbc.query("select id, podcast_id, published_on, number from episode",
				(r, i) -> new Row(r.getLong(1), r.getLong(2), r.getObject(3, LocalDate.class), r.getObject(4, Integer.class)));
		Map<Long, List<Row>> byShow = new TreeMap<>();
		Map<Long, Long> podcastOf = new HashMap<>();
		episodes.forEach(e -> {
			byShow.computeIfAbsent(e.podcastId(), k -> new ArrayList<>()).add(e);
			podcastOf.put(e.id(), e.podcastId());
		});
		Map<String, String> shows = new TreeMap<>();
		byShow.forEach((podcast, rows) -> {
			List<LocalDate> dates = rows.stream().map(Row::publishedOn).filter(Objects::nonNull).sorted().toList();
			shows.put("podcast " + podcast, showEpisodes(rows.size(), dates.size(),
					rows.stream().filter(r -> r.number() != null).count(),
					dates.isEmpty() ? null : Date.valueOf(dates.get(0)),
					dates.isEmpty() ? null : Date.valueOf(dates.get(dates.size() - 1))));
		});
		tables.put("podcast_episode_stats", shows);
		Map<String, Set<Long>> credited = new TreeMap<>();
		jdbc.query("select episode_id, speaker_id, role from credit", r -> {
			credited.computeIfAbsent("podcast " + podcastOf.get(r.getLong(1)) + " speaker " + r.getLong(2) + " as "
					+ r.getString(3), k -> new HashSet<>()).add(r.getLong(1));
		});
		Map<String, String> credits = new TreeMap<>();
		credited.forEach((key, on) -> credits.put(key, on.size() + " episodes"));
		tables.put("podcast_credit_stats", credits);
	}

	private static boolean hasTable(JdbcTemplate jdbc, String table) {
		return !jdbc.queryForList("""
				select table_name from information_schema.tables
				where lower(table_name) = ? and lower(table_schema) = lower(current_schema)""", String.class, table)
			.isEmpty();
	}

	static Tables recounted(JdbcTemplate jdbc) {
		List<Quote> quotes = jdbc.query("""
				select a.speaker_id, a.episode_id, e.podcast_id, e.published_on, a.position, a.heading, a.start_ms, a.end_ms
				from appearance a join episode e on e.id = a.episode_id""",
				(r, i) -> new Quote((Long) r.getObject(1, Long.class), r.getLong(2), r.getLong(3),
						r.getObject(4, LocalDate.class), r.getInt(5), r.getBoolean(6), r.getObject(7, Long.class),
						r.getObject(8, Long.class)));
		Map<Long, Long> byEpisode = new HashMap<>();
		Map<Long, Long> podcastOf = new HashMap<>();
		Map<Long, LocalDate> dateOf = new HashMap<>();
		Map<List<Long>, Long> bySpeakerEpisode = new HashMap<>();
		Map<Long, Quote> opening = new HashMap<>();
		for (Quote q : quotes) {
			if (q.speakerId() != null && !q.heading() && q.position() < LibraryStats.OPENING_WITHIN) {
				opening.merge(q.episodeId(), q, (a, b) -> a.position() <= b.position() ? a : b);
			}
			byEpisode.merge(q.episodeId(), 1L, Long::sum);
			podcastOf.put(q.episodeId(), q.podcastId());
			if (q.publishedOn() != null) {
				dateOf.put(q.episodeId(), q.publishedOn());
			}
			if (q.speakerId() != null) {
				bySpeakerEpisode.merge(List.of(q.speakerId(), q.episodeId()), 1L, Long::sum);
			}
		}
		Map<String, Map<String, String>> tables = new TreeMap<>();
		if (hasSpeakingTime(jdbc)) {
			tables.put("speaking_ms", speakingTimes(quotes));
		}
		Map<String, String> episodes = new TreeMap<>();
		byEpisode.forEach((e, n) -> episodes.put("episode " + e, "podcast " + podcastOf.get(e) + ", " + n
				+ " quotes, opened by " + (opening.containsKey(e) ? opening.get(e).speakerId() : null)));
		tables.put("episode_stats", episodes);

		Map<String, String> speakerEpisodes = new TreeMap<>();
		Map<List<Long>, long[]> speakerPodcasts = new HashMap<>();
		Map<Long, Set<Long>> speakersIn = new HashMap<>();
		bySpeakerEpisode.forEach((key, n) -> {
			long podcast = podcastOf.get(key.get(1));
			speakerEpisodes.put("speaker " + key.get(0) + " episode " + key.get(1), "podcast " + podcast + ", " + n + " quotes");
			long[] sp = speakerPodcasts.computeIfAbsent(List.of(key.get(0), podcast), k -> new long[2]);
			sp[0] += n;
			sp[1]++;
			speakersIn.computeIfAbsent(key.get(1), k -> new HashSet<>()).add(key.get(0));
		});
		tables.put("speaker_episode_stats", speakerEpisodes);

		Map<String, String> byShow = new TreeMap<>();
		Map<Long, long[]> bySpeaker = new HashMap<>();
		speakerPodcasts.forEach((key, v) -> {
			byShow.put("speaker " + key.get(0) + " podcast " + key.get(1), v[0] + " quotes in " + v[1]);
			long[] s = bySpeaker.computeIfAbsent(key.get(0), k -> new long[3]);
			s[0] += v[0];
			s[1] += v[1];
			s[2]++;
		});
		tables.put("speaker_podcast_stats", byShow);
		Map<String, String> speakers = new TreeMap<>();
		bySpeaker.forEach((s, v) -> speakers.put("speaker " + s, v[0] + " quotes in " + v[1] + " on " + v[2]));
		tables.put("speaker_stats", speakers);

		Map<List<Long>, Long> pairs = new HashMap<>();
		speakersIn.values().forEach(together -> {
			for (Long one : together) {
				for (Long other : together) {
					if (!one.equals(other)) {
						pairs.merge(List.of(one, other), 1L, Long::sum);
					}
				}
			}
		});
		Map<String, String> pairRows = new TreeMap<>();
		pairs.forEach((key, n) -> pairRows.put("speaker " + key.get(0) + " with " + key.get(1), n + " episodes"));
		tables.put("speaker_pair_stats", pairRows);

		Map<Long, long[]> byPodcast = new HashMap<>();
		Map<Long, LocalDate> latest = new HashMap<>();
		byEpisode.forEach((e, n) -> {
			long podcast = podcastOf.get(e);
			long[] p = byPodcast.computeIfAbsent(podcast, k -> new long[2]);
			p[0] += n;
			p[1]++;
			LocalDate date = dateOf.get(e);
			if (date != null) {
				latest.merge(podcast, date, (a, b) -> a.isAfter(b) ? a : b);
			}
		});
		Map<String, String> podcasts = new TreeMap<>();
		byPodcast.forEach((p, v) -> podcasts.put("podcast " + p,
				v[0] + " quotes in " + v[1] + ", latest " + Objects.toString(latest.get(p) == null ? null : Date.valueOf(latest.get(p)))));
		tables.put("podcast_stats", podcasts);
		if (hasTable(jdbc, "podcast_episode_stats")) {
			recountShows(jdbc, tables);
		}
		return new Tables(tables);
	}

	/**
	 * Each person's speaking time per episode they are quoted in: a passage lasts from its start to
	 * its end, or without an end to the next passage's start in its episode; untimed passages and
	 * headings count nothing.
	 */
	private static Map<String, String> speakingTimes(List<Quote> quotes) {
		Map<Long, List<Quote>> byEpisode = new HashMap<>();
		quotes.forEach(q -> byEpisode.computeIfAbsent(q.episodeId(), k -> new ArrayList<>()).add(q));
		Map<List<Long>, Long> ms = new HashMap<>();
		byEpisode.values().forEach(passages -> {
			passages.sort(Comparator.comparingInt(Quote::position));
			for (int i = 0; i < passages.size(); i++) {
				Quote q = passages.get(i);
				if (q.speakerId() == null) {
					continue;
				}
				long lasts = 0;
				if (!q.heading() && q.startMs() != null) {
					Long to = q.endMs() != null ? q.endMs() : i + 1 < passages.size() ? passages.get(i + 1).startMs() : null;
					lasts = to == null ? 0 : Math.max(0, to - q.startMs());
				}
				ms.merge(List.of(q.speakerId(), q.episodeId()), lasts, Long::sum);
			}
		});
		Map<String, String> rows = new TreeMap<>();
		ms.forEach((key, n) -> rows.put("speaker " + key.get(0) + " episode " + key.get(1), n + " ms"));
		return rows;
	}

	private static boolean hasSpeakingTime(JdbcTemplate jdbc) {
		return !jdbc.queryForList("""
				select column_name from information_schema.columns
				where lower(table_name) = 'speaker_episode_stats' and lower(column_name) = 'speaking_ms'
				  and lower(table_schema) = lower(current_schema)""", String.class)
			.isEmpty();
	}

	private static Map<String, String> rows(JdbcTemplate jdbc, String sql,
			Function<List<Object>, String> key, Function<List<Object>, String> value) {
		Map<String, String> rows = new TreeMap<>();
		jdbc.query(sql, r -> {
			int columns = r.getMetaData().getColumnCount();
			List<Object> row = new ArrayList<>();
			for (int i = 1; i <= columns; i++) {
				Object v = r.getObject(i);
				row.add(v instanceof java.sql.Date d ? d : v instanceof Number n ? n.longValue() : v);
			}
			rows.put(key.apply(row), value.apply(row));
		});
		return rows;
	}

}
