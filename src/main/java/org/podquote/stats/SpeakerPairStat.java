package org.podquote.stats;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * In how many episodes two people are both quoted, one row each way round, as {@link LibraryStats}
 * keeps them: "appears with". Read in JPQL joins, never written.
 */
@Entity
@Immutable
@Table(name = "speaker_pair_stats")
@IdClass(SpeakerPairStat.Key.class)
public class SpeakerPairStat {

	@Id
	private Long speakerId;

	@Id
	private Long otherId;

	private long episodes;

	protected SpeakerPairStat() {
	}

	public long getEpisodes() {
		return episodes;
	}

	/** The person and the other. */
	public record Key(Long speakerId, Long otherId) implements Serializable {
	}

}
