package org.podquote.speaker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podquote.episode.Episodes;
import org.podquote.podcast.Podcasts;

/** An episode a person is credited on but not quoted in, with their roles there (shown normalised). */
public record CreditedEpisode(String episodeTitle, String episodeUrl, String podcastTitle, String podcastUrl,
		LocalDate publishedOn, List<String> roles) {

	/** One credit as the query reads it; an episode with two roles gives two rows. */
	public record Row(String episodeSlug, String episodeTitle, String podcastSlug, String podcastTitle,
			LocalDate publishedOn, String role) {
	}

	/** The rows by episode, in their order. */
	static List<CreditedEpisode> of(List<Row> rows) {
		Map<String, CreditedEpisode> episodes = new LinkedHashMap<>();
		for (Row row : rows) {
			String url = Episodes.url(row.podcastSlug(), row.episodeSlug());
			CreditedEpisode episode = episodes.computeIfAbsent(url, u -> new CreditedEpisode(row.episodeTitle(), u,
					row.podcastTitle(), Podcasts.url(row.podcastSlug()), row.publishedOn(), new ArrayList<>()));
			String role = Roles.display(row.role());
			if (!episode.roles().contains(role)) {
				episode.roles().add(role);
			}
		}
		return List.copyOf(episodes.values());
	}

}
