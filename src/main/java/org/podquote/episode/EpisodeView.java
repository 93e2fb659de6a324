package org.podquote.episode;

import java.time.LocalDate;
import org.podquote.podcast.Podcasts;
import org.podquote.system.WebAddresses;

/**
 * An episode's page header. Its addresses are web addresses only, whatever an older version stored.
 *
 * @param link the episode's own web page, or null
 */
public record EpisodeView(String slug, String title, LocalDate publishedOn, String duration, String audioUrl,
		String link, String podcastSlug, String podcastTitle) {

	static EpisodeView of(Episode e) {
		return new EpisodeView(e.getSlug(), e.getTitle(), e.getPublishedOn(),
				e.getDuration() == null ? null : Episodes.clock(e.getDuration()), WebAddresses.web(e.getAudioUrl()),
				WebAddresses.web(e.getLink()),
				e.getPodcast().getSlug(), e.getPodcast().getTitle());
	}

	public String url() {
		return Episodes.url(podcastSlug, slug);
	}

	public String editUrl() {
		return Episodes.editUrl(podcastSlug, slug);
	}

	public String deleteUrl() {
		return Episodes.deleteUrl(podcastSlug, slug);
	}

	public String voicesUrl() {
		return Episodes.voicesUrl(podcastSlug, slug);
	}

	public String refetchUrl() {
		return Episodes.refetchUrl(podcastSlug, slug);
	}

	public String podcastUrl() {
		return Podcasts.url(podcastSlug);
	}

	public String transcriptUrl(String extension) {
		return Episodes.transcriptUrl(podcastSlug, slug, extension);
	}

}
