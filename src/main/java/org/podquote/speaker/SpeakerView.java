package org.podquote.speaker;

import java.time.LocalDate;
import java.util.List;

/** A speaker's page header: who, in what roles, how often, when. */
public record SpeakerView(String slug, String name, List<String> roles, long appearances, long episodes, long podcasts,
		LocalDate first, LocalDate last) {

	static SpeakerView of(Speaker speaker, List<String> roles, SpeakerStats stats) {
		return new SpeakerView(speaker.getSlug(), speaker.getName(), roles, stats.appearances(), stats.episodes(),
				stats.podcasts(), stats.first(), stats.last());
	}

	public String url() {
		return Speakers.url(slug);
	}

	public String csvUrl() {
		return Speakers.appearancesCsvUrl(slug);
	}

}
