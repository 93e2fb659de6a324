package org.podquote.speaker;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's total speaking time over their timed passages: each lasts from its start to its end, or,
 * where the transcript gives no end, to the start of the passage after it in its episode; the same
 * rule as an episode's bar ({@code episode/SpeakingTime}). Untimed passages and headings count nothing.
 * Read from the figure kept per person and episode ({@code speaker_episode_stats.speaking_ms}, V14,
 * written by {@code stats/LibraryStats} with every write of an episode's quotes), not timed per view.
 */
@Component
public class SpeakingTimes {

	private final JdbcTemplate jdbc;

	SpeakingTimes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param ms the speaking time over the timed passages
	 * @param timedEpisodes in how many of the person's episodes they have timed passages
	 * @param episodes how many episodes they have quotes in
	 */
	public record Total(long ms, long timedEpisodes, long episodes) {
	}

	/** A person's speaking time and how much of their library it covers. */
	public Total totalOf(long speakerId) {
		return jdbc.queryForObject("select coalesce(sum(speaking_ms), 0), count(case when speaking_ms > 0 then 1 end), "
				+ "count(*) from speaker_episode_stats where speaker_id = ?",
				(row, n) -> new Total(row.getLong(1), row.getLong(2), row.getLong(3)), speakerId);
	}

	/** Milliseconds; 0 when none of the person's passages is timed. */
	public long ofSpeaker(long speakerId) {
		Long ms = jdbc.queryForObject(
				"select coalesce(sum(speaking_ms), 0) from speaker_episode_stats where speaker_id = ?", Long.class,
				speakerId);
		return ms == null ? 0 : ms;
	}

}
