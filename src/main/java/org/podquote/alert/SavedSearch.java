package org.podquote.alert;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.podquote.search.SearchParams;

/**
 * A search kept as the search page's parameters, raw as a request gives them, so that it is read
 * by the same {@code SearchCriteria} as the page; with a webhook to call when new quotes match
 * it, or none (its Atom feed alone), and the secret its calls are signed with.
 */
@Entity
public class SavedSearch {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String q;

	private String speaker;

	private String podcast;

	private String dateFrom;

	private String dateTo;

	private String webhookUrl;

	@Column(nullable = false)
	private String secret;

	@Column(nullable = false)
	private Instant createdAt;

	protected SavedSearch() {
	}

	SavedSearch(String name, SearchParams params, String webhookUrl, String secret, Instant createdAt) {
		this.name = name;
		this.q = params.q();
		this.speaker = params.speaker();
		this.podcast = params.podcast();
		this.dateFrom = params.from();
		this.dateTo = params.to();
		this.webhookUrl = webhookUrl;
		this.secret = secret;
		this.createdAt = createdAt;
	}

	/** The search as the search page would be asked it; newest first, as alerts list what is new. */
	public SearchParams params() {
		return new SearchParams(q, speaker, podcast, dateFrom, dateTo, "newest");
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getQ() {
		return q;
	}

	public String getWebhookUrl() {
		return webhookUrl;
	}

	public String getSecret() {
		return secret;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
