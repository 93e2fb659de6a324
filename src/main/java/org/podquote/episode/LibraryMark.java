package org.podquote.episode;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Something the library remembers of itself, by name, with when it happened: that it changed other
 * than by an import ({@link #CHANGED}: an edit, a deletion, a matched feed), so that Last-Modified
 * moves; that the sample was removed ({@link #SAMPLE_REMOVED}), so that it is not loaded again.
 */
@Entity
public class LibraryMark {

	public static final String CHANGED = "changed";

	public static final String SAMPLE_REMOVED = "sample-removed";

	@Id
	private String name;

	@Column(nullable = false)
	private Instant markedAt;

	protected LibraryMark() {
	}

	public LibraryMark(String name, Instant markedAt) {
		this.name = name;
		this.markedAt = markedAt;
	}

	public String getName() {
		return name;
	}

	public Instant getMarkedAt() {
		return markedAt;
	}

}
