package org.podquote.appearance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.podquote.episode.Episode;
import org.podquote.episode.Episodes;
import org.podquote.speaker.Speaker;

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

	/** Whole seconds into the episode where the quote starts, for {@code ?t=}; null when untimed. */
	public Long startSeconds() {
		return startMs == null ? null : startMs / 1000;
	}

	/**
	 * How to cite the quote: speaker, episode, podcast, date and permalink, e.g. {@code Sam Marks,
	 * "The persona selection model" by Sam Marks, LessWrong (Curated & Popular), 25 February 2026,
	 * https://host/quotes/2}.
	 */
	public String citation(String permalinkUrl) {
		StringBuilder cite = new StringBuilder();
		if (label() != null) {
			cite.append(label()).append(", ");
		}
		cite.append('\u201c').append(episodeTitle).append("\u201d, ").append(podcastTitle);
		if (publishedOn != null) {
			cite.append(", ").append(publishedOn.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
		}
		if (time() != null) {
			cite.append(", at ").append(time());
		}
		return cite.append(". ").append(permalinkUrl).toString();
	}

	/** {@code 12:03} into the episode, or null when untimed. */
	public String time() {
		return startMs == null ? null : Episodes.clock(Duration.ofMillis(startMs));
	}

}
