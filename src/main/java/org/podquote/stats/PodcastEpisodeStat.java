package org.podquote.stats;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A show's episodes, quoted or not: how many, how many dated and numbered, and the dates they span,
 * as {@link ShowStats} keeps them (V19). Read in JPQL, never written.
 */
@Entity
@Immutable
@Table(name = "podcast_episode_stats")
public class PodcastEpisodeStat {

	@Id
	private Long podcastId;

	private long episodes;

	private long dated;

	private long numbered;

	private LocalDate firstDate;

	private LocalDate lastDate;

	protected PodcastEpisodeStat() {
	}

	public long getEpisodes() {
		return episodes;
	}

	public long getDated() {
		return dated;
	}

	public long getNumbered() {
		return numbered;
	}

	public LocalDate getFirstDate() {
		return firstDate;
	}

	public LocalDate getLastDate() {
		return lastDate;
	}

}
