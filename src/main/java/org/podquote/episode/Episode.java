package org.podquote.episode;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

}
