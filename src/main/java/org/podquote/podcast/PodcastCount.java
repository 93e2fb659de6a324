package org.podquote.podcast;

import org.podquote.system.Ranked;

/** A show with how many quotes it holds. */
public record PodcastCount(String slug, String title, long appearances) implements Ranked {

	@Override
	public String url() {
		return Podcasts.url(slug);
	}

	/** Its title, as a ranking names it. */
	@Override
	public String name() {
		return title;
	}

	@Override
	public long count() {
		return appearances;
	}

}
