package org.podquote.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.podquote.episode.EpisodeCounts;
import org.podquote.podcast.Podcast;
import org.podquote.system.WebAddresses;

@Schema(description = "A show: what it is, how much of it the library holds, and where to read more")
record PodcastDetail(String slug, String title, String description,
		@Schema(description = "the show's own site; null when unknown") String siteUrl,
		@Schema(description = "the show's RSS feed; null when unknown") String feedUrl, String imageUrl,
		long episodes, @Schema(description = "quotes in all its episodes") long quotes,
		@Schema(description = "date of the earliest dated episode; null when none is dated") LocalDate first,
		@Schema(description = "date of the latest dated episode; null when none is dated") LocalDate last,
		@Schema(description = "the show's page") String url, String episodesUrl,
		@Schema(description = "Atom feed of its newest episodes") String atomUrl) {

	/** The show with its episodes' counts and its quotes, as the library keeps them per change. */
	static PodcastDetail of(Podcast p, EpisodeCounts counts, long quotes, Links links) {
		return new PodcastDetail(p.getSlug(), p.getTitle(), p.getDescription(),
				WebAddresses.web(p.getSiteUrl()), WebAddresses.web(p.getFeedUrl()), WebAddresses.web(p.getImageUrl()),
				counts.episodes(), quotes, counts.first(), counts.last(), links.podcast(p.getSlug()),
				links.apiPodcastEpisodes(p.getSlug()), links.podcastFeed(p.getSlug()));
	}

}
