package org.podquote.podcast;

import java.time.LocalDate;

/** A show in lists: its episode count and the dates its episodes span. */
public record PodcastSummary(String slug, String title, long episodes, LocalDate first, LocalDate last) {

	public String url() {
		return Podcasts.url(slug);
	}

}
