package org.podquote.stats;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A person's quotes and episodes on one show, as {@link LibraryStats} keeps them; read in JPQL joins, never written. */
@Entity
@Immutable
@Table(name = "speaker_podcast_stats")
@IdClass(SpeakerPodcastStat.Key.class)
public class SpeakerPodcastStat {

	@Id
	private Long speakerId;

	@Id
	private Long podcastId;

	private long quotes;

	private long episodes;

	protected SpeakerPodcastStat() {
	}

	public long getQuotes() {
		return quotes;
	}

	public long getEpisodes() {
		return episodes;
	}

	/** The person and the show. */
	public record Key(Long speakerId, Long podcastId) implements Serializable {
	}

}
