package org.podquote.podcast;

/** A show with how many quotes it holds. */
public record PodcastCount(String slug, String title, long appearances) {

	public String url() {
		return Podcasts.url(slug);
	}

}
