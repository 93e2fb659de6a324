package org.podquote.stats;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A person's quotes, episodes and shows, as {@link LibraryStats} keeps them: a row only for a
 * person with a quote. Read in JPQL joins, never written.
 */
@Entity
@Immutable
@Table(name = "speaker_stats")
public class SpeakerStat {

	@Id
	private Long speakerId;

	private long quotes;

	private long episodes;

	private long podcasts;

	protected SpeakerStat() {
	}

	public long getQuotes() {
		return quotes;
	}

	public long getEpisodes() {
		return episodes;
	}

	public long getPodcasts() {
		return podcasts;
	}

}
