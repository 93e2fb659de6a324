package org.podquote.stats;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A person's quotes in one episode, as {@link LibraryStats} keeps them; read in JPQL joins, never written. */
@Entity
@Immutable
@Table(name = "speaker_episode_stats")
@IdClass(SpeakerEpisodeStat.Key.class)
public class SpeakerEpisodeStat {

	@Id
	private Long speakerId;

	@Id
	private Long episodeId;

	private long podcastId;

	private long quotes;

	protected SpeakerEpisodeStat() {
	}

	public long getQuotes() {
		return quotes;
	}

	/** The person and the episode. */
	public record Key(Long speakerId, Long episodeId) implements Serializable {
	}

}
