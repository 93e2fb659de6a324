package org.podquote.podcast;

import org.podquote.system.WebAddresses;

/** A show's page header. */
public record PodcastView(String slug, String title, String description, String siteUrl, String imageUrl) {

	static PodcastView of(Podcast p) {
		return new PodcastView(p.getSlug(), p.getTitle(), p.getDescription(), WebAddresses.web(p.getSiteUrl()),
				WebAddresses.web(p.getImageUrl()));
	}

	public String deleteUrl() {
		return Podcasts.deleteUrl(slug);
	}

}
