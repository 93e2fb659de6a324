package org.podquote.podcast;

import java.time.LocalDate;

/**
 * A show with quotes, for the home page: how many, and the date of its latest dated episode with
 * quotes (null when none of them is dated).
 */
public record QuotedShow(String slug, String title, long quotes, LocalDate latest) {

	public String url() {
		return Podcasts.url(slug);
	}

}
