package org.podquote.appearance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A quote with who said it, in which episode of which show, and when, put into words: the one
 * place a citation is written, for the quote page (its citation, copy buttons and shared-link
 * title), the episode page's copy buttons and the Atom feeds. The words for what is unknown
 * ("Unknown speaker", "Undated") are the caller's, from its messages.
 *
 * @param speaker null for an unknown voice
 * @param publishedOn null for an undated episode
 * @param time {@code 12:03} into the episode; null when untimed
 */
public record Citation(String quote, String speaker, String episode, String podcast, LocalDate publishedOn,
		String time) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	/**
	 * {@code Sam Marks, “Episode”, Podcast, 25 February 2026, at 12:03. https://host/quotes/2}:
	 * how to cite the quote; what is unknown is left out.
	 */
	public String reference(String permalinkUrl) {
		StringBuilder cite = new StringBuilder();
		if (speaker != null) {
			cite.append(speaker).append(", ");
		}
		cite.append('\u201c').append(episode).append("\u201d, ").append(podcast);
		if (publishedOn != null) {
			cite.append(", ").append(publishedOn.format(DATE));
		}
		if (time != null) {
			cite.append(", at ").append(time);
		}
		return cite.append(". ").append(permalinkUrl).toString();
	}

	/** The quote in quotation marks, then its {@link #reference}: what the quote page copies. */
	public String quotedWithReference(String permalinkUrl) {
		return quoted() + reference(permalinkUrl);
	}

	/**
	 * {@code “…” — Sam Marks, Episode (Podcast)}: what the episode page copies, where the date and
	 * the link are the page's own.
	 */
	public String quotedInBrief(String unknownSpeaker) {
		return quoted() + speakerOr(unknownSpeaker) + ", " + episode + " (" + podcast + ")";
	}

	/** {@code Sam Marks — Episode, Podcast, 25 February 2026}: a feed entry's summary. */
	public String summary(String unknownSpeaker, String undated) {
		return speakerOr(unknownSpeaker) + " \u2014 " + episode + ", " + podcast + ", "
				+ (publishedOn == null ? undated : publishedOn.format(DATE));
	}

	/** {@code Sam Marks — Episode}, or the episode alone for an unknown voice: the title of a shared link. */
	public String title() {
		return (speaker == null ? "" : speaker + " \u2014 ") + episode;
	}

	private String quoted() {
		return "\u201c" + quote + "\u201d \u2014 ";
	}

	private String speakerOr(String unknownSpeaker) {
		return speaker == null ? unknownSpeaker : speaker;
	}

}
