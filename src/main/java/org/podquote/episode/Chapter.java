package org.podquote.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One chapter of an episode, from its {@code podcast:chapters} file: an entry of its table of contents. */
@Entity
public class Chapter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "episode_id")
	private Episode episode;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private long startMs;

	/** Where the chapter ends, when the file says; else where the next begins. */
	private Long endMs;

	@Column(nullable = false)
	private String title;

	/** A web page the chapter is about (http or https), or null. */
	private String url;

	protected Chapter() {
	}

	public Chapter(Episode episode, int position, long startMs, Long endMs, String title, String url) {
		this.episode = episode;
		this.position = position;
		this.startMs = startMs;
		this.endMs = endMs;
		this.title = title;
		this.url = url;
	}

	public int getPosition() {
		return position;
	}

	public long getStartMs() {
		return startMs;
	}

	public Long getEndMs() {
		return endMs;
	}

	public String getTitle() {
		return title;
	}

	public String getUrl() {
		return url;
	}

}
