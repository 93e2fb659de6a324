package org.podquote.episode;

import java.time.Instant;

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

/** Provenance of one import: where it came from, what it held, what went wrong. */
@Entity
public class TranscriptSource {

	/** What the source is to its episode. */
	public enum Role {

		/** the episode's quotes were read from it */
		TRANSCRIPT,

		/** the same episode in another, poorer format beside the one read ({@code show.srt} next to {@code show.json}) */
		ALTERNATIVE,

		/** the feed names it as the episode's transcript, but it could not be fetched; no bytes, no hash */
		UNFETCHED,

		/** fetched, but it could not be read as a transcript (or stored); errors say where and why */
		UNREADABLE;

		/** Whether the source is a transcript that could not be had, not one that was. */
		public boolean failed() {
			return this == UNFETCHED || this == UNREADABLE;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "episode_id")
	private Episode episode;

	@Column(nullable = false)
	private String location;

	@Column(nullable = false)
	private String format;

	/** null for a transcript that could not be fetched */
	private String sha256;

	@Column(nullable = false)
	private Instant importedAt;

	@Column(nullable = false)
	private int appearanceCount;

	@Column(nullable = false)
	private int errorCount;

	private String errors;

	/** What the source says of itself, kept but never shown as our own figure. */
	private String provenance;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role = Role.TRANSCRIPT;

	/** Whether this is the sample Podquote starts with (the seed), which the admin may remove in one go. */
	@Column(nullable = false)
	private boolean sample;

	protected TranscriptSource() {
	}

	public TranscriptSource(Episode episode, String location, String format, String sha256, Instant importedAt) {
		this.episode = episode;
		this.location = location;
		this.format = format;
		this.sha256 = sha256;
		this.importedAt = importedAt;
	}

	public Long getId() {
		return id;
	}

	public Episode getEpisode() {
		return episode;
	}

	public String getLocation() {
		return location;
	}

	public String getFormat() {
		return format;
	}

	public String getSha256() {
		return sha256;
	}

	public Instant getImportedAt() {
		return importedAt;
	}

	public int getAppearanceCount() {
		return appearanceCount;
	}

	public int getErrorCount() {
		return errorCount;
	}

	public String getErrors() {
		return errors;
	}

	public String getProvenance() {
		return provenance;
	}

	public void setCounts(int appearanceCount, int errorCount, String errors) {
		this.appearanceCount = appearanceCount;
		this.errorCount = errorCount;
		this.errors = errors;
	}

	public void setProvenance(String provenance) {
		this.provenance = provenance;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	/** Moves the record to another episode, as when an episode made twice is folded into one. */
	public void setEpisode(Episode episode) {
		this.episode = episode;
	}

	public boolean isSample() {
		return sample;
	}

	public void setSample(boolean sample) {
		this.sample = sample;
	}

}
