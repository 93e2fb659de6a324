package org.podquote.stats;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A show's quotes, its episodes with quotes and the latest date among those (null: none dated), as
 * {@link LibraryStats} keeps them. Read in JPQL joins, never written.
 */
@Entity
@Immutable
@Table(name = "podcast_stats")
public class PodcastStat {

	@Id
	private Long podcastId;

	private long quotes;

	private long episodes;

	private LocalDate latest;

	protected PodcastStat() {
	}

	public long getQuotes() {
		return quotes;
	}

	public long getEpisodes() {
		return episodes;
	}

	public LocalDate getLatest() {
		return latest;
	}

}
