package org.podquote.api;

import org.podquote.episode.Episodes;
import org.podquote.system.PublicUrls;

/** Absolute links to the site's pages and the API, on the site's public address ({@link PublicUrls}). */
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
		return absolute("/speakers/" + slug);
	}

	String podcast(String slug) {
		return absolute("/podcasts/" + slug);
	}

	String episode(String podcast, String episode) {
		return absolute(Episodes.url(podcast, episode));
	}

	String api(String path) {
		return absolute(API + path);
	}

	String feed(String path) {
		return absolute("/feeds" + path + ".atom");
	}

}
