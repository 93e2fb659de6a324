package org.podquote.subscription;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A feed the library follows: when it was last checked and what came of it, and when it is
 * checked next. The validators of the copy last imported make the next fetch conditional.
 */
@Entity
public class Subscription {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String feedUrl;

	private String title;

	@Column(nullable = false)
	private Instant createdAt;

	private String etag;

	private String lastModified;

	private Instant lastCheckedAt;

	private Instant lastNewEpisodeAt;

	@Column(nullable = false)
	private Instant nextCheckAt;

	@Column(nullable = false)
	private int failures;

	private String lastError;

	private String lastResult;

	protected Subscription() {
	}

	Subscription(String feedUrl, Instant createdAt) {
		this.feedUrl = feedUrl;
		this.createdAt = createdAt;
		this.nextCheckAt = createdAt;
	}

	/** A check that got the feed, changed or not: the failures in a row are over. */
	void checked(Instant at, Instant next, String result) {
		lastCheckedAt = at;
		nextCheckAt = next;
		failures = 0;
		lastError = null;
		lastResult = result;
	}

	/** A check that failed; the validators stay, so that the copy imported last is still the one compared. */
	void failed(Instant at, Instant next, String error) {
		lastCheckedAt = at;
		nextCheckAt = next;
		failures++;
		lastError = Subscriptions.clip(error, 2000);
		lastResult = null;
	}

	void imported(String title, String etag, String lastModified) {
		if (title != null && !title.isBlank()) {
			this.title = Subscriptions.clip(title, 500);
		}
		this.etag = etag == null ? null : Subscriptions.clip(etag, 1000);
		this.lastModified = lastModified == null ? null : Subscriptions.clip(lastModified, 200);
	}

	void newEpisodes(Instant at) {
		lastNewEpisodeAt = at;
	}

	/** The item problems of a check that otherwise worked (a transcript that could not be fetched). */
	void problems(String problems) {
		lastError = problems == null ? null : Subscriptions.clip(problems, 2000);
	}

	void dueAt(Instant at) {
		nextCheckAt = at;
	}

	public Long getId() {
		return id;
	}

	public String getFeedUrl() {
		return feedUrl;
	}

	public String getTitle() {
		return title;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getEtag() {
		return etag;
	}

	public String getLastModified() {
		return lastModified;
	}

	public Instant getLastCheckedAt() {
		return lastCheckedAt;
	}

	public Instant getLastNewEpisodeAt() {
		return lastNewEpisodeAt;
	}

	public Instant getNextCheckAt() {
		return nextCheckAt;
	}

	public int getFailures() {
		return failures;
	}

	public String getLastError() {
		return lastError;
	}

	public String getLastResult() {
		return lastResult;
	}

}
