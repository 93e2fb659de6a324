package org.podquote.stats;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An episode's quotes, all voices counted, as {@link LibraryStats} keeps them; read in JPQL joins, never written. */
@Entity
@Immutable
@Table(name = "episode_stats")
public class EpisodeStat {

	@Id
	private Long episodeId;

	private long podcastId;

	private long quotes;

	/** The first named voice among its first positions, or null. */
	private Long openerId;

	protected EpisodeStat() {
	}

	public Long getEpisodeId() {
		return episodeId;
	}

	public long getPodcastId() {
		return podcastId;
	}

	public long getQuotes() {
		return quotes;
	}

}
