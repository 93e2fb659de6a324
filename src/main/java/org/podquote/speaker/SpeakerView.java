package org.podquote.speaker;

import java.time.LocalDate;
import java.util.List;

/**
 * A speaker's page header: who, in what roles, how often, when.
 *
 * @param roles as shown ({@link Roles#display}), each once
 * @param creditedEpisodes episodes they are credited on, quoted in them or not
 */
public record SpeakerView(String slug, String name, List<String> roles, long appearances, long episodes, long podcasts,
		LocalDate first, LocalDate last, long creditedEpisodes) {

	static SpeakerView of(Speaker speaker, List<String> roles, SpeakerStats stats, long creditedEpisodes) {
		return new SpeakerView(speaker.getSlug(), speaker.getName(), Roles.displayAll(roles), stats.appearances(),
				stats.episodes(), stats.podcasts(), stats.first(), stats.last(), creditedEpisodes);
	}

	public String url() {
		return Speakers.url(slug);
	}

	public String deleteUrl() {
		return Speakers.deleteUrl(slug);
	}

	public String csvUrl() {
		return Speakers.appearancesCsvUrl(slug);
	}

}
