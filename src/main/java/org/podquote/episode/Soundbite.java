package org.podquote.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A moment of an episode its publisher marks as worth hearing ({@code podcast:soundbite}). */
@Entity
public class Soundbite extends EpisodeMoment {

	@Column(nullable = false)
	private long durationMs;

	/** The feed's words for it, or null. */
	private String title;

	protected Soundbite() {
	}

	public Soundbite(Episode episode, long startMs, long durationMs, String title) {
		super(episode, startMs);
		this.durationMs = durationMs;
		this.title = title;
	}

	public long getDurationMs() {
		return durationMs;
	}

	public String getTitle() {
		return title;
	}

}
