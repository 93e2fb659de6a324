package org.podquote.episode;

import java.time.Duration;
import java.time.LocalDate;

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
import org.podquote.podcast.Podcast;

/** One episode of a show. */
@Entity
public class Episode {

	/**
	 * What set the episode's facts above what its files and feed say, strongest last. A source gives
	 * all its facts to an episode set by one no stronger than itself, and to another only the facts
	 * it lacks; its files and their names are weaker than all of these.
	 */
	public enum FactsSource {

		/** a feed matched to the episode ({@code import --match-feed}) */
		FEED,

		/** the folder's {@code episodes.csv} or {@code episodes.json} */
		SIDECAR,

		/** the admin's form */
		EDIT;

		/** How strong it is: the files' own facts are 0, a feed or a sidecar 1, an edit 2. */
		public int rank() {
			return this == EDIT ? 2 : 1;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "podcast_id")
	private Podcast podcast;

	@Column(nullable = false)
	private String slug;

	/**
	 * The feed's guid; for a loose file {@code file:} and its path under the folder it was imported
	 * from, without the extension ({@code file:episodes/jane-doe/transcript}), so that one episode's
	 * formats share it; for an upload {@code upload:} and its name without the extension.
	 */
	@Column(nullable = false)
	private String guid;

	@Column(nullable = false)
	private String title;

	private LocalDate publishedOn;

	private Integer durationSeconds;

	private String audioUrl;

	/** The episode's number in its show, when the feed, the file or its name gives one. */
	private Integer number;

	/** The episode's web page. */
	private String link;

	@Enumerated(EnumType.STRING)
	private FactsSource factsSource;

	protected Episode() {
	}

	public Episode(Podcast podcast, String slug, String guid, String title) {
		this.podcast = podcast;
		this.slug = slug;
		this.guid = guid;
		this.title = title;
	}

	public Long getId() {
		return id;
	}

	public Podcast getPodcast() {
		return podcast;
	}

	public String getSlug() {
		return slug;
	}

	public String getGuid() {
		return guid;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public Duration getDuration() {
		return durationSeconds == null ? null : Duration.ofSeconds(durationSeconds);
	}

	public void setDuration(Duration duration) {
		this.durationSeconds = duration == null ? null : Math.toIntExact(duration.toSeconds());
	}

	public String getAudioUrl() {
		return audioUrl;
	}

	public void setAudioUrl(String audioUrl) {
		this.audioUrl = audioUrl;
	}

	/** Moves the episode to another key, as when its source's key changes form; the slug and URL stay. */
	public void setGuid(String guid) {
		this.guid = guid;
	}

	public Integer getNumber() {
		return number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public String getLink() {
		return link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	/** What last set the facts above the files, or null when only they and the feed did. */
	public FactsSource getFactsSource() {
		return factsSource;
	}

	public void setFactsSource(FactsSource factsSource) {
		this.factsSource = factsSource;
	}

}
