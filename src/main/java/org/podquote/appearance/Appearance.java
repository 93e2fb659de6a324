package org.podquote.appearance;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.podquote.episode.Episode;
import org.podquote.speaker.Speaker;

/** One quote: a passage spoken by one speaker in one episode. */
@Entity
public class Appearance {

	static final int LEAD_WORDS = 16;

	static final int LEAD_CHARS = 300;

	/** The database sequence quote ids come from (migration V15). */
	public static final String ID_SEQUENCE = "appearance_seq";

	/**
	 * How many ids Hibernate takes from {@link #ID_SEQUENCE} at once (its increment): known ids let
	 * an episode's quotes be inserted in JDBC batches, where identity ids made one INSERT per quote.
	 */
	public static final int ID_ALLOCATION = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appearance_ids")
	@SequenceGenerator(name = "appearance_ids", sequenceName = ID_SEQUENCE, allocationSize = ID_ALLOCATION)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "episode_id")
	private Episode episode;

	/** Null when the voice is unknown or unnamed. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "speaker_id")
	private Speaker speaker;

	/**
	 * The voice of this episode the transcript gave instead of a name ("Speaker 1", see
	 * {@link org.podquote.speaker.Voices}); null for a named label. Kept after the admin names the
	 * voice, so that a new version of the file can give the same person the same voice again.
	 */
	private String voice;

	/** Order in the episode, from 0. */
	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String text;

	/** How much the quote says ({@link Substance}), for ranking a speaker's quotes; set from the text. */
	@Column(nullable = false)
	private int substance;

	/** A narrated heading ("Subheading …") rather than running speech. */
	@Column(nullable = false)
	private boolean heading;

	private Long startMs;

	private Long endMs;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Attribution attribution;

	/**
	 * The last words of the passage before when this one goes on with the same turn (same speaker,
	 * next position), so that a phrase across the cut between them can be found; else null.
	 */
	private String lead;

	/**
	 * What the quote means, as a sentence embedding quantized to bytes (see
	 * {@code search.meaning.Embedder}); null until the background embedder reaches it. Kept here so
	 * that rebuilding the search index does not compute it again.
	 */
	@Column(length = 384)
	private byte[] meaning;

	/** The name of the {@link #getMeaning meaning} property, as Hibernate's events name it. */
	public static final String MEANING = "meaning";

	protected Appearance() {
	}

	public Appearance(Episode episode, Speaker speaker, int position, String text, Attribution attribution) {
		this.episode = episode;
		this.speaker = speaker;
		this.position = position;
		this.text = text;
		this.substance = Substance.of(text);
		this.attribution = attribution;
	}

	public Long getId() {
		return id;
	}

	public Episode getEpisode() {
		return episode;
	}

	public Speaker getSpeaker() {
		return speaker;
	}

	public String getVoice() {
		return voice;
	}

	public void setVoice(String voice) {
		this.voice = voice;
	}

	/** The quote is another person's, who is the same person under another name (a merge): how we know stays. */
	public void reassign(Speaker speaker) {
		this.speaker = speaker;
	}

	/** The voice's quote is this person's, as the admin said. */
	public void nameSpeaker(Speaker speaker) {
		this.speaker = speaker;
		this.attribution = Attribution.MANUAL;
	}

	public int getPosition() {
		return position;
	}

	public String getText() {
		return text;
	}

	public int getSubstance() {
		return substance;
	}

	public boolean isHeading() {
		return heading;
	}

	public void setHeading(boolean heading) {
		this.heading = heading;
	}

	public Long getStartMs() {
		return startMs;
	}

	public Long getEndMs() {
		return endMs;
	}

	public void setTimes(Long startMs, Long endMs) {
		this.startMs = startMs;
		this.endMs = endMs;
	}

	public Attribution getAttribution() {
		return attribution;
	}

	public String getLead() {
		return lead;
	}

	public byte[] getMeaning() {
		return meaning;
	}

	public void setMeaning(byte[] meaning) {
		this.meaning = meaning;
	}

	/**
	 * Takes the end of {@code previous} as this passage's lead when the two are one turn cut in two:
	 * the same speaker and voice (an unlabelled voice too, as the importer joins those) at the
	 * position before, and neither a heading.
	 */
	public void follow(Appearance previous) {
		boolean sameTurn = previous != null && previous.episode == episode && previous.position == position - 1
				&& Objects.equals(previous.speaker, speaker) && Objects.equals(previous.voice, voice)
				&& !previous.heading && !heading;
		lead = sameTurn ? tail(previous.text) : null;
	}

	/** The last {@value #LEAD_WORDS} words of a text, within its last {@value #LEAD_CHARS} characters. */
	public static String tail(String text) {
		String rest = text.strip();
		int from = Math.max(0, rest.length() - LEAD_CHARS);
		// a word that the character cap cuts is left out
		while (from > 0 && from < rest.length() && !Character.isWhitespace(rest.charAt(from - 1))) {
			from++;
		}
		int words = 0;
		for (int i = rest.length() - 1; i > from; i--) {
			if (Character.isWhitespace(rest.charAt(i - 1)) && !Character.isWhitespace(rest.charAt(i))
					&& ++words == LEAD_WORDS) {
				return rest.substring(i);
			}
		}
		String tail = rest.substring(from).strip();
		return tail.isEmpty() ? null : tail;
	}

}
