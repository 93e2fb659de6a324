package org.podquote.appearance;

import java.time.Duration;
import java.time.LocalDate;

import org.podquote.episode.Episode;
import org.podquote.episode.Episodes;
import org.podquote.speaker.Speaker;

/** A quote as every page shows it, with its links; built inside a transaction from a fetched row. */
public record QuoteView(long id, int position, String text, boolean heading, Long startMs, String speakerSlug,
		String speakerName, String episodeSlug, String episodeTitle, LocalDate publishedOn, String podcastSlug,
		String podcastTitle) {

	public static QuoteView of(Appearance a) {
		Episode e = a.getEpisode();
		Speaker s = a.getSpeaker();
		return new QuoteView(a.getId(), a.getPosition(), a.getText(), a.isHeading(), a.getStartMs(),
				s == null ? null : s.getSlug(), s == null ? null : s.getName(), e.getSlug(), e.getTitle(),
				e.getPublishedOn(), e.getPodcast().getSlug(), e.getPodcast().getTitle());
	}

	/** The quote in its episode. */
	public String url() {
		return episodeUrl() + "#" + anchor();
	}

	public String anchor() {
		return "a" + id;
	}

	public String episodeUrl() {
		return Episodes.url(podcastSlug, episodeSlug);
	}

	public String permalink() {
		return "/quotes/" + id;
	}

	public String speakerUrl() {
		return speakerSlug == null ? null : "/speakers/" + speakerSlug;
	}

	public String podcastUrl() {
		return "/podcasts/" + podcastSlug;
	}

	/** {@code 12:03} into the episode, or null when untimed. */
	public String time() {
		return startMs == null ? null : Episodes.clock(Duration.ofMillis(startMs));
	}

}
