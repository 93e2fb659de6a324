package org.podquote.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A moment of an episode its publisher marks as worth hearing ({@code podcast:soundbite}). */
@Entity
public class Soundbite {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "episode_id")
	private Episode episode;

	@Column(nullable = false)
	private long startMs;

	@Column(nullable = false)
	private long durationMs;

	/** The feed's words for it, or null. */
	private String title;

	protected Soundbite() {
	}

	public Soundbite(Episode episode, long startMs, long durationMs, String title) {
		this.episode = episode;
		this.startMs = startMs;
		this.durationMs = durationMs;
		this.title = title;
	}

	public long getStartMs() {
		return startMs;
	}

	public long getDurationMs() {
		return durationMs;
	}

	public String getTitle() {
		return title;
	}

}
