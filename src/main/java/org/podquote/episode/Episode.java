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

	/** The feed's guid, or a key derived from the source for loose files. */
	@Column(nullable = false)
	private String guid;

	@Column(nullable = false)
	private String title;

	private LocalDate publishedOn;

	private Integer durationSeconds;

	private String audioUrl;

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

}
