package org.podquote.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One chapter of an episode, from its {@code podcast:chapters} file: an entry of its table of contents. */
@Entity
public class Chapter extends EpisodeMoment {

	@Column(nullable = false)
	private int position;

	/** Where the chapter ends, when the file says; else where the next begins. */
	private Long endMs;

	@Column(nullable = false)
	private String title;

	/** A web page the chapter is about (http or https), or null. */
	private String url;

	protected Chapter() {
	}

	public Chapter(Episode episode, int position, long startMs, Long endMs, String title, String url) {
		super(episode, startMs);
		this.position = position;
		this.endMs = endMs;
		this.title = title;
		this.url = url;
	}

	public int getPosition() {
		return position;
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
