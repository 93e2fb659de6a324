package org.podquote.speaker;

import java.time.LocalDate;
import java.util.List;

/**
 * A speaker's page header: who, in what roles, how often, when.
 *
 * @param roles from their credits, as shown ({@link Roles#display}), each once
 * @param hosts the shows they host by {@link HostInference}, where no credit says what they are
 * @param appearances their quotes, in {@code episodes} episodes of {@code podcasts} shows
 * @param creditedEpisodes episodes they are credited on, quoted in them or not
 */
public record SpeakerView(String slug, String name, List<String> roles, List<HostInference.Host> hosts,
		long appearances, long episodes, long podcasts, LocalDate first, LocalDate last, long creditedEpisodes) {

	static SpeakerView of(Speaker speaker, List<String> roles, List<HostInference.Host> hosts, SpeakerEpisodes all,
			long podcasts, long creditedEpisodes) {
		return new SpeakerView(speaker.getSlug(), speaker.getName(), Roles.displayAll(roles), hosts, all.quotes(),
				all.episodes(), podcasts, all.first(), all.last(), creditedEpisodes);
	}

	/** Neither a credit nor the transcripts say what they are. */
	public boolean noRole() {
		return roles.isEmpty() && hosts.isEmpty();
	}

	public boolean quoted() {
		return appearances > 0;
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
