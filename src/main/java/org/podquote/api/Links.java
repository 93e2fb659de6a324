package org.podquote.api;

import org.podquote.atom.Feeds;
import org.podquote.episode.Episodes;
import org.podquote.podcast.Podcasts;
import org.podquote.speaker.Speakers;
import org.podquote.system.PublicUrls;

/**
 * Absolute links on the site's public address ({@link PublicUrls}): to the site's pages and feeds
 * (whose paths their features give) and to the API's own resources (whose paths are the API's).
 */
final class Links {

	static final String API = "/api/v1";

	private final String base;

	private Links(String base) {
		this.base = base;
	}

	static Links current() {
		return new Links(PublicUrls.current().base());
	}

	/** @param path a site path such as {@code /quotes/7} or {@code /podcasts/x/episodes/y#a7} */
	String absolute(String path) {
		return base + path;
	}

	String speaker(String slug) {
		return absolute(Speakers.url(slug));
	}

	String podcast(String slug) {
		return absolute(Podcasts.url(slug));
	}

	String episode(String podcast, String episode) {
		return absolute(Episodes.url(podcast, episode));
	}

	String speakerFeed(String slug) {
		return absolute(Feeds.speakerUrl(slug));
	}

	String podcastFeed(String slug) {
		return absolute(Feeds.podcastUrl(slug));
	}

	String apiSpeaker(String slug) {
		return api("/speakers/" + slug);
	}

	String apiSpeakerAppearances(String slug) {
		return apiSpeaker(slug) + "/appearances";
	}

	String apiSpeakerTimeline(String slug) {
		return apiSpeaker(slug) + "/timeline";
	}

	String apiPodcast(String slug) {
		return api("/podcasts/" + slug);
	}

	String apiPodcastEpisodes(String slug) {
		return apiPodcast(slug) + "/episodes";
	}

	String apiEpisode(String podcast, String episode) {
		return api("/episodes/" + podcast + "/" + episode);
	}

	private String api(String path) {
		return absolute(API + path);
	}

}
