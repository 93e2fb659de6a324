package org.podquote.episode;

import java.time.Duration;
import java.time.LocalDate;

/**
 * An episode in lists.
 *
 * @param number its number in the show, or null
 */
public record EpisodeSummary(String podcastSlug, String podcastTitle, String slug, String title, Integer number,
		LocalDate publishedOn, Integer durationSeconds, long appearances) {

	public String url() {
		return Episodes.url(podcastSlug, slug);
	}

	public String duration() {
		return durationSeconds == null ? null : Episodes.clock(Duration.ofSeconds(durationSeconds));
	}

}
