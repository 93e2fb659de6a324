package org.podquote.episode;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What a chapter and a soundbite share: a moment of an episode, kept with it and played from its
 * start. Each is its own table (V13); how long it lasts and what it is called they say each their way.
 */
@MappedSuperclass
public abstract class EpisodeMoment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "episode_id")
	private Episode episode;

	@Column(nullable = false)
	private long startMs;

	protected EpisodeMoment() {
	}

	protected EpisodeMoment(Episode episode, long startMs) {
		this.episode = episode;
		this.startMs = startMs;
	}

	public long getStartMs() {
		return startMs;
	}

}
