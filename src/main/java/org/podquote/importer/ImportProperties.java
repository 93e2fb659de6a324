package org.podquote.importer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.podquote.importer.feed.HttpFetcher;
import org.podquote.speaker.Voices;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How imports behave.
 *
 * @param aliases other spellings of a person, by the name to use: {@code podquote.import.aliases.[Lenny\ Rachitsky]=Lenny R,LR}
 * (a space in a {@code .properties} key is escaped; on the command line it is not)
 * @param pseudoSpeakers labels that are not people, such as {@code Music}: in every format their text is
 * kept under the label and belongs to nobody ({@link Voices}); Markdown and text drop it
 * @param fetchTimeout how long a feed or transcript download may take
 * @param fetchMaxBytes the largest feed or transcript we download
 */
@ConfigurationProperties("podquote.import")
public record ImportProperties(Map<String, List<String>> aliases, Set<String> pseudoSpeakers, Duration fetchTimeout,
		Long fetchMaxBytes) {

	public ImportProperties {
		aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
		pseudoSpeakers = pseudoSpeakers == null ? Voices.DEFAULT_NOT_PEOPLE : Set.copyOf(pseudoSpeakers);
		fetchTimeout = fetchTimeout == null ? HttpFetcher.DEFAULT_TIMEOUT : fetchTimeout;
		fetchMaxBytes = fetchMaxBytes == null ? HttpFetcher.DEFAULT_MAX_BYTES : fetchMaxBytes;
	}

}
