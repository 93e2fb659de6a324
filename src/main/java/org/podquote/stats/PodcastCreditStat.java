package org.podquote.stats;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** On how many of a show's episodes a person is credited in a role, as {@link ShowStats} keeps it (V19); never written. */
@Entity
@Immutable
@Table(name = "podcast_credit_stats")
@IdClass(PodcastCreditStat.Key.class)
public class PodcastCreditStat {

	@Id
	private Long podcastId;

	@Id
	private Long speakerId;

	@Id
	private String role;

	private long episodes;

	protected PodcastCreditStat() {
	}

	public long getEpisodes() {
		return episodes;
	}

	/** The show, the person and the role. */
	public record Key(Long podcastId, Long speakerId, String role) implements Serializable {
	}

}
