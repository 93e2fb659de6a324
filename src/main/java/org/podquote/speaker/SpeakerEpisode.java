package org.podquote.speaker;

import java.time.LocalDate;
import org.podquote.episode.Episodes;
import org.podquote.podcast.Podcasts;

/**
 * An episode a speaker is quoted in, with how many of their quotes it holds: a row of the speaker's
 * episode table; its number (or null) places it in the chart of the undated.
 */
public record SpeakerEpisode(long episodeId, String episodeSlug, String episodeTitle, long podcastId,
		String podcastSlug, String podcastTitle, LocalDate publishedOn, long quotes, Integer number) {

	public String url() {
		return Episodes.url(podcastSlug, episodeSlug);
	}

	public String podcastUrl() {
		return Podcasts.url(podcastSlug);
	}

}
