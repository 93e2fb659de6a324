package org.podquote.episode;

import java.time.Duration;

/** Links and formatting shared by every view of an episode. */
public final class Episodes {

	private Episodes() {
	}

	/** Where the admin names an episode's voices ("Speaker 1 is …"). */
	public static final String VOICES_PATH = "/admin/podcasts/{podcast}/episodes/{episode}/voices";

	public static String url(String podcastSlug, String episodeSlug) {
		return "/podcasts/" + podcastSlug + "/episodes/" + episodeSlug;
	}

	public static String voicesUrl(String podcastSlug, String episodeSlug) {
		return VOICES_PATH.replace("{podcast}", podcastSlug).replace("{episode}", episodeSlug);
	}

	/** {@code 1:34:24}, or {@code 4:05} under an hour. */
	public static String clock(Duration duration) {
		long seconds = duration.toSeconds();
		long h = seconds / 3600;
		long m = (seconds % 3600) / 60;
		long s = seconds % 60;
		return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
	}

}
