package org.podquote.speaker;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A former slug of a person (merged into another, or renamed): its pages answer with a 301 to theirs. */
@Entity
public class SpeakerRedirect {

	@Id
	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "speaker_id")
	private Speaker speaker;

	protected SpeakerRedirect() {
	}

	public SpeakerRedirect(String slug, Speaker speaker) {
		this.slug = slug;
		this.speaker = speaker;
	}

	public String getSlug() {
		return slug;
	}

	public Speaker getSpeaker() {
		return speaker;
	}

	public void pointTo(Speaker speaker) {
		this.speaker = speaker;
	}

}
