package org.podquote.alert;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One POST of a saved search's new matches to its webhook: the body as first written (each retry
 * sends the same bytes, signed again), and every attempt's outcome.
 */
@Entity
public class WebhookDelivery {

	public enum Status {

		/** Not sent yet, or to be tried again at {@code nextAttemptAt}. */
		PENDING,
		/** Answered 2xx. */
		DELIVERED,
		/** Every attempt failed; no more are made. */
		FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long savedSearchId;

	@Column(nullable = false)
	private String url;

	@Column(nullable = false)
	private String payload;

	@Column(nullable = false)
	private int quotes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private int attempts;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant nextAttemptAt;

	private Instant lastAttemptAt;

	private Integer lastStatusCode;

	private String lastError;

	protected WebhookDelivery() {
	}

	WebhookDelivery(long savedSearchId, String url, String payload, int quotes, Instant createdAt) {
		this.savedSearchId = savedSearchId;
		this.url = url;
		this.payload = payload;
		this.quotes = quotes;
		this.status = Status.PENDING;
		this.createdAt = createdAt;
		this.nextAttemptAt = createdAt;
	}

	/** An attempt's outcome: delivered on 2xx, else tried again at {@code retryAt}, or given up when that is null. */
	void attempted(Instant at, Integer statusCode, String error, Instant retryAt) {
		attempts++;
		lastAttemptAt = at;
		lastStatusCode = statusCode;
		lastError = error == null ? null : (error.length() > 1000 ? error.substring(0, 999) + "\u2026" : error);
		if (statusCode != null && statusCode / 100 == 2) {
			status = Status.DELIVERED;
			nextAttemptAt = null;
		}
		else if (retryAt == null) {
			status = Status.FAILED;
			nextAttemptAt = null;
		}
		else {
			nextAttemptAt = retryAt;
		}
	}

	public Long getId() {
		return id;
	}

	public Long getSavedSearchId() {
		return savedSearchId;
	}

	public String getUrl() {
		return url;
	}

	public String getPayload() {
		return payload;
	}

	public int getQuotes() {
		return quotes;
	}

	public Status getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public Instant getLastAttemptAt() {
		return lastAttemptAt;
	}

	public Integer getLastStatusCode() {
		return lastStatusCode;
	}

	public String getLastError() {
		return lastError;
	}

}
