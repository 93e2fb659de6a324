package org.podquote.podcast;

import org.podquote.system.Ranked;

/** A show with how many quotes it holds. */
public record PodcastCount(String slug, String title, long appearances) implements Ranked {

	public String url() {
		return Podcasts.url(slug);
	}

	@Override
	public String label() {
		return title;
	}

	@Override
	public long count() {
		return appearances;
	}

}
