package org.podquote.speaker;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's total speaking time over their timed passages: each lasts from its start to its end, or,
 * where the transcript gives no end, to the start of the passage after it in its episode; the same
 * rule as an episode's bar ({@code episode/SpeakingTime}). Untimed passages and headings count nothing.
 */
@Component
public class SpeakingTimes {

	private final JdbcTemplate jdbc;

	SpeakingTimes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Milliseconds; 0 when none of the person's passages is timed. */
	public long ofSpeaker(long speakerId) {
		Long ms = jdbc.queryForObject("""
				select coalesce(sum(case when t.end_ms is not null then greatest(t.end_ms - t.start_ms, 0)
				                         when t.next_start is not null then greatest(t.next_start - t.start_ms, 0)
				                         else 0 end), 0)
				from (select a.speaker_id, a.start_ms, a.end_ms, a.heading,
				             lead(a.start_ms) over (partition by a.episode_id order by a.position) as next_start
				      from appearance a
				      where a.episode_id in (select b.episode_id from appearance b where b.speaker_id = ?)) t
				where t.speaker_id = ? and t.start_ms is not null and t.heading = false""", Long.class, speakerId,
				speakerId);
		return ms == null ? 0 : ms;
	}

}
