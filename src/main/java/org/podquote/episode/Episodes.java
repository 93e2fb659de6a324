package org.podquote.episode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.podquote.podcast.Podcasts;

/** Links and formatting shared by every view of an episode. */
public final class Episodes {

	private Episodes() {
	}

	/** Where the admin names an episode's voices ("Speaker 1 is …"). */
	public static final String VOICES_PATH = "/admin/podcasts/{podcast}/episodes/{episode}/voices";

	/** Where the admin asks for a transcript that could not be had to be fetched again. */
	public static final String REFETCH_PATH = "/admin/podcasts/{podcast}/episodes/{episode}/transcript";

	public static String url(String podcastSlug, String episodeSlug) {
		return Podcasts.url(podcastSlug) + "/episodes/" + episodeSlug;
	}

	/**
	 * A quote on its episode's page with the words of a search marked there ({@code ?q=}), scrolled
	 * to the quote ({@code #a7}).
	 */
	public static String matchUrl(String podcastSlug, String episodeSlug, String q, long quoteId) {
		// URLEncoder, not UriComponentsBuilder: a "+" in the words ("c++") must reach the page as a plus
		return url(podcastSlug, episodeSlug) + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "#"
				+ anchor(quoteId);
	}

	/** The transcript as a download: {@code extension} is one of {@code txt md srt vtt json}. */
	public static String transcriptUrl(String podcastSlug, String episodeSlug, String extension) {
		return url(podcastSlug, episodeSlug) + "/transcript." + extension;
	}

	/** The id of a quote's place on its episode's page, for {@code #a7}. */
	public static String anchor(long quoteId) {
		return "a" + quoteId;
	}

	/** Where the admin edits an episode's title, date, number, audio and link. */
	public static final String EDIT_PATH = "/admin/podcasts/{podcast}/episodes/{episode}/edit";

	/** Where the admin deletes an episode, after a page that says what will go. */
	public static final String DELETE_PATH = "/admin/podcasts/{podcast}/episodes/{episode}/delete";

	public static String editUrl(String podcastSlug, String episodeSlug) {
		return EDIT_PATH.replace("{podcast}", podcastSlug).replace("{episode}", episodeSlug);
	}

	public static String deleteUrl(String podcastSlug, String episodeSlug) {
		return DELETE_PATH.replace("{podcast}", podcastSlug).replace("{episode}", episodeSlug);
	}

	public static String voicesUrl(String podcastSlug, String episodeSlug) {
		return VOICES_PATH.replace("{podcast}", podcastSlug).replace("{episode}", episodeSlug);
	}

	public static String refetchUrl(String podcastSlug, String episodeSlug) {
		return REFETCH_PATH.replace("{podcast}", podcastSlug).replace("{episode}", episodeSlug);
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
