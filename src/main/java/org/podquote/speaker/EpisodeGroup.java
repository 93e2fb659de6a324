package org.podquote.speaker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.podquote.appearance.QuoteView;

/** A speaker's quotes from one episode, as the speaker page lists them. */
public record EpisodeGroup(String episodeTitle, String episodeUrl, String podcastTitle, String podcastUrl,
		LocalDate publishedOn, List<Item> items) {

	/** A quote, with its highlighted text when it came from a search. */
	public record Item(QuoteView quote, String snippetHtml) {
	}

	/** Groups consecutive items of the same episode, keeping their order. */
	static List<EpisodeGroup> of(List<Item> items) {
		List<EpisodeGroup> groups = new ArrayList<>();
		for (Item item : items) {
			QuoteView q = item.quote();
			EpisodeGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (last == null || !last.episodeUrl().equals(q.episodeUrl())) {
				last = new EpisodeGroup(q.episodeTitle(), q.episodeUrl(), q.podcastTitle(), q.podcastUrl(), q.publishedOn(),
						new ArrayList<>());
				groups.add(last);
			}
			last.items().add(item);
		}
		return groups;
	}

}
