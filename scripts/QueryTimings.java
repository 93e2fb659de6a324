import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The count queries behind home, /speakers, /charts, a speaker's page and a show's episode list, as
 * the pages ran them before V10 (counting quotes) and as they run them since (reading the counts
 * kept as quotes are written), timed side by side on one library: the first run and the median of
 * five more, in ms. Needs a library migrated to V10 (the old queries read only the old tables).
 *
 *   java -cp h2.jar:postgresql.jar scripts/QueryTimings.java JDBC_URL USER PASSWORD
 *
 * The speaker is the most quoted, the show the one with most episodes. Printed as a Markdown table.
 */
public class QueryTimings {

	public static void main(String[] args) throws Exception {
		try (Connection db = DriverManager.getConnection(args[0], args[1], args.length > 2 ? args[2] : "")) {
			db.setReadOnly(true);
			long speaker = one(db, "select speaker_id from speaker_stats order by quotes desc fetch first 1 rows only");
			long podcast = one(db, "select podcast_id from episode group by podcast_id order by count(*) desc fetch first 1 rows only");
			Map<String, String[]> queries = new LinkedHashMap<>();
			queries.put("most-quoted people, top 10 (home, /speakers, /charts)", new String[] { """
					select s.slug, s.name, count(*) from appearance a join speaker s on s.id = a.speaker_id
					group by s.id, s.slug, s.name order by count(*) desc, s.name, s.id fetch first 10 rows only""", """
					select s.slug, s.name, t.quotes from speaker_stats t join speaker s on s.id = t.speaker_id
					order by t.quotes desc, s.name, s.id fetch first 10 rows only""" });
			queries.put("people with a quote (home, /speakers)", new String[] {
					"select count(*) from speaker s where exists (select 1 from appearance a where a.speaker_id = s.id)",
					"select count(*) from speaker_stats" });
			queries.put("quotes in the library (home)", new String[] { "select count(*) from appearance",
					"select coalesce(sum(quotes), 0) from podcast_stats" });
			queries.put("most-quoted podcasts, top 10 (/charts)", new String[] { """
					select p.slug, p.title, count(*) from appearance a join episode e on e.id = a.episode_id
					join podcast p on p.id = e.podcast_id group by p.id, p.slug, p.title
					order by count(*) desc, p.title, p.id fetch first 10 rows only""", """
					select p.slug, p.title, t.quotes from podcast_stats t join podcast p on p.id = t.podcast_id
					order by t.quotes desc, p.title, p.id fetch first 10 rows only""" });
			queries.put("shows with quotes, latest first (home)", new String[] { """
					select p.slug, p.title, count(*), max(e.published_on) from appearance a join episode e on e.id = a.episode_id
					join podcast p on p.id = e.podcast_id group by p.id, p.slug, p.title
					order by max(e.published_on) desc nulls last, count(*) desc, p.title, p.id fetch first 10 rows only""", """
					select p.slug, p.title, t.quotes, t.latest from podcast_stats t join podcast p on p.id = t.podcast_id
					order by t.latest desc nulls last, t.quotes desc, p.title, p.id fetch first 10 rows only""" });
			queries.put("undated quotes (/charts)", new String[] {
					"select count(*) from appearance a join episode e on e.id = a.episode_id where e.published_on is null",
					"select coalesce(sum(t.quotes), 0) from episode_stats t join episode e on e.id = t.episode_id where e.published_on is null" });
			queries.put("undated quotes by episode (/charts)", new String[] { """
					select p.slug, e.number, count(*) from appearance a join episode e on e.id = a.episode_id
					join podcast p on p.id = e.podcast_id where e.published_on is null group by p.id, p.slug, e.id, e.number""", """
					select p.slug, e.number, t.quotes from episode_stats t join episode e on e.id = t.episode_id
					join podcast p on p.id = e.podcast_id where e.published_on is null""" });
			queries.put("the speaker's episodes with their counts (speaker page)", new String[] { """
					select e.id, e.slug, p.slug, mine.quotes from (select a.episode_id as episode_id, count(*) as quotes
					from appearance a where a.speaker_id = ? group by a.episode_id) mine
					join episode e on e.id = mine.episode_id join podcast p on p.id = e.podcast_id""", """
					select e.id, e.slug, p.slug, t.quotes from speaker_episode_stats t join episode e on e.id = t.episode_id
					join podcast p on p.id = e.podcast_id where t.speaker_id = ?""" });
			// before, as the page ran it: over the speaker's latest 200 episodes, their ids in the query
			String latest = String.join(", ", strings(db, """
					select t.episode_id from speaker_episode_stats t join episode e on e.id = t.episode_id where t.speaker_id = %d
					order by e.published_on desc nulls last, e.number desc nulls last, e.id desc fetch first 200 rows only"""
				.formatted(speaker)));
			queries.put("appears with, top 8 (speaker page; before: in their latest 200 episodes, after: in all)", new String[] { """
					select s.slug, shared.episodes from (select a.speaker_id as speaker_id, count(distinct a.episode_id) as episodes
					from appearance a where a.speaker_id <> ? and a.episode_id in (%s)
					group by a.speaker_id) shared join speaker s on s.id = shared.speaker_id
					order by shared.episodes desc, s.name, s.id fetch first 8 rows only""".formatted(latest), """
					select s.slug, t.episodes from speaker_pair_stats t join speaker s on s.id = t.other_id
					where t.speaker_id = ? order by t.episodes desc, s.name, s.id fetch first 8 rows only""" });
			queries.put("who opens the speaker's episodes (speaker page, inferred host)", new String[] { """
					select e.id, a.position, a.speaker_id from episode e join appearance a on a.episode_id = e.id and a.position < 10
					where e.id in (select t.episode_id from speaker_episode_stats t where t.speaker_id = ?)
					and a.speaker_id is not null and a.heading = false""", """
					select podcast_id, count(*) from episode_stats where opener_id = ? group by podcast_id""" });
			queries.put("the show's episodes, page 1 of 25 with counts (podcast page)", new String[] { """
					select e.slug, e.title, (select count(*) from appearance a where a.episode_id = e.id) from episode e
					where e.podcast_id = ? order by e.number desc nulls last, e.published_on desc nulls last, e.title, e.id desc
					fetch first 25 rows only""", """
					select e.slug, e.title, coalesce(t.quotes, 0) from episode e left join episode_stats t on t.episode_id = e.id
					where e.podcast_id = ? order by e.number desc nulls last, e.published_on desc nulls last, e.title, e.id desc
					fetch first 25 rows only""" });
			queries.put("the show's most quoted people, top 12 (podcast page)", new String[] { """
					select s.slug, count(*) from appearance a join speaker s on s.id = a.speaker_id join episode e on e.id = a.episode_id
					where e.podcast_id = ? group by s.id, s.slug, s.name order by count(*) desc, s.name, s.id fetch first 12 rows only""",
					"""
					select s.slug, t.quotes from speaker_podcast_stats t join speaker s on s.id = t.speaker_id
					where t.podcast_id = ? order by t.quotes desc, s.name, s.id fetch first 12 rows only""" });
			// unchanged by V10: a page of the speaker's best quotes, read in the order of V6's index
			// (speaker_id, substance desc, id, episode_id), at the offsets of pages 400 and the last
			long lastOffset = (one(db, "select quotes from speaker_stats where speaker_id = " + speaker) - 1) / 20 * 20;
			for (long offset : new long[] { 7980, lastOffset }) {
				String page = """
						select a.id from appearance a where a.speaker_id = ? order by a.speaker_id, a.substance desc, a.id
						offset %d rows fetch next 20 rows only""".formatted(offset);
				queries.put("the speaker's best quotes from offset " + offset + " (speaker page; the same query)",
						new String[] { page, page });
			}
			System.out.println(db.getMetaData().getDatabaseProductName() + " " + db.getMetaData().getDatabaseProductVersion()
					+ ", " + one(db, "select count(*) from appearance") + " quotes; speaker id " + speaker + " ("
					+ one(db, "select quotes from speaker_stats where speaker_id = " + speaker) + " quotes), podcast id "
					+ podcast + " (" + one(db, "select count(*) from episode where podcast_id = " + podcast) + " episodes)");
			System.out.println();
			System.out.println("| query | before: first | before: median | after: first | after: median |");
			System.out.println("|---|---:|---:|---:|---:|");
			for (Map.Entry<String, String[]> q : queries.entrySet()) {
				double[] before = time(db, q.getValue()[0], speaker, podcast);
				double[] after = time(db, q.getValue()[1], speaker, podcast);
				System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f |%n", q.getKey(), before[0], before[1], after[0], after[1]);
			}
		}
	}

	/** The first run and the median of five more, in ms; each reads its whole result. */
	private static double[] time(Connection db, String sql, long speaker, long podcast) throws SQLException {
		List<Double> runs = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			long start = System.nanoTime();
			try (PreparedStatement query = db.prepareStatement(sql)) {
				int marks = (int) sql.chars().filter(c -> c == '?').count();
				for (int m = 1; m <= marks; m++) {
					query.setLong(m, sql.contains("podcast_id = ?") ? podcast : speaker);
				}
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						rows.getObject(1);
					}
				}
			}
			runs.add((System.nanoTime() - start) / 1e6);
		}
		double[] rest = runs.subList(1, 6).stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(rest);
		return new double[] { runs.get(0), rest[2] };
	}

	private static List<String> strings(Connection db, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static long one(Connection db, String sql) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
