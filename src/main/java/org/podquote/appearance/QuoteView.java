package org.podquote.appearance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.podquote.episode.Episode;
import org.podquote.episode.Episodes;
import org.podquote.podcast.Podcasts;
import org.podquote.speaker.Speaker;
import org.podquote.speaker.Speakers;

/**
 * A quote as every page shows it, with its links; built inside a transaction from a fetched row.
 *
 * @param voice the unnamed voice of the episode ("Speaker 1") when no person is known; null when
 * one is, or when the voice is unknown
 */
public record QuoteView(long id, int position, String text, boolean heading, Long startMs, Long endMs, String speakerSlug,
		String speakerName, String voice, String episodeSlug, String episodeTitle, LocalDate publishedOn,
		String podcastSlug, String podcastTitle) {

	public static QuoteView of(Appearance a) {
		Episode e = a.getEpisode();
		Speaker s = a.getSpeaker();
		return new QuoteView(a.getId(), a.getPosition(), a.getText(), a.isHeading(), a.getStartMs(), a.getEndMs(),
				s == null ? null : s.getSlug(), s == null ? null : s.getName(), s == null ? a.getVoice() : null,
				e.getSlug(), e.getTitle(),
				e.getPublishedOn(), e.getPodcast().getSlug(), e.getPodcast().getTitle());
	}

	/** Who speaks, as a transcript labels them: the person's name, else the voice; null when unknown. */
	public String label() {
		return speakerName != null ? speakerName : voice;
	}

	/** Whether the other quote is spoken by the same person or the same unnamed voice. */
	public boolean sameSpeaker(QuoteView other) {
		return Objects.equals(speakerSlug, other.speakerSlug) && Objects.equals(voice, other.voice);
	}

	/** The quote in its episode. */
	public String url() {
		return episodeUrl() + "#" + anchor();
	}

	/** The quote in its episode, with the words of the search {@code q} marked there; {@link #url()} when q is blank. */
	public String url(String q) {
		return q == null || q.isBlank() ? url() : Episodes.matchUrl(podcastSlug, episodeSlug, q, id);
	}

	public String anchor() {
		return Episodes.anchor(id);
	}

	public String episodeUrl() {
		return Episodes.url(podcastSlug, episodeSlug);
	}

	public String permalink() {
		return Quotes.url(id);
	}

	public String speakerUrl() {
		return speakerSlug == null ? null : Speakers.url(speakerSlug);
	}

	public String podcastUrl() {
		return Podcasts.url(podcastSlug);
	}

	/** Whole seconds into the episode where the quote starts, for {@code ?t=}; null when untimed. */
	public Long startSeconds() {
		return startMs == null ? null : startMs / 1000;
	}

	/** Who said it (the person, else the episode's voice), where and when, in the words of a citation. */
	public Citation citation() {
		return new Citation(text, label(), episodeTitle, podcastTitle, publishedOn, time());
	}

	/** {@code 12:03} into the episode, or null when untimed. */
	public String time() {
		return startMs == null ? null : Episodes.clock(Duration.ofMillis(startMs));
	}

}
