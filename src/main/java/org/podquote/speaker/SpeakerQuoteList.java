package org.podquote.speaker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteView;
import org.podquote.system.Ranked;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A page of a speaker's quotes, best first or all in order, read without sorting or counting the
 * speaker's rows: the counts come from {@link SpeakerEpisodes}, the order from the indexes of V6.
 */
@Component
class SpeakerQuoteList {

	/**
	 * Below this share of the speaker's quotes, a show's or a period's best are read from its
	 * episodes and sorted; above it, the speaker's ranking is read in index order and kept to them.
	 */
	static final double FEW = 0.1;

	/** The least the ranking is read in at once when kept to some episodes. */
	static final int RUN = 200;

	private final SpeakerQuotes quotes;

	private final AppearanceRepository appearances;

	SpeakerQuoteList(SpeakerQuotes quotes, AppearanceRepository appearances) {
		this.quotes = quotes;
		this.appearances = appearances;
	}

	/** A page of the quotes of {@code shown} (all the speaker's, or some of them) that say most. */
	List<QuoteView> best(Speaker speaker, SpeakerEpisodes all, SpeakerEpisodes shown, int index, int size) {
		if (shown.isEmpty()) {
			return List.of();
		}
		List<Long> ids;
		if (shown == all) {
			ids = quotes.findIdsBySubstance(speaker, PageRequest.of(index, size));
		}
		else if (shown.quotes() < all.quotes() * FEW) {
			ids = quotes.findIdsBySubstanceIn(speaker, shown.episodeIds(), PageRequest.of(index, size));
		}
		else {
			ids = keptTo(speaker, new HashSet<>(shown.episodeIds()), (double) all.quotes() / shown.quotes(),
					(long) index * size, size);
		}
		Map<Long, Appearance> rows = appearances.findAllWithContext(ids)
			.stream()
			.collect(Collectors.toMap(Appearance::getId, Function.identity()));
		return ids.stream().map(rows::get).map(QuoteView::of).toList();
	}

	/**
	 * The ranking read in runs and kept to some episodes, from the {@code offset}-th of theirs:
	 * the first run is as long as the share of these episodes suggests, each next one twice as long.
	 */
	private List<Long> keptTo(Speaker speaker, Set<Long> episodeIds, double spread, long offset, int size) {
		List<Long> ids = new ArrayList<>();
		long seen = 0;
		long read = 0;
		int run = (int) Math.min(Integer.MAX_VALUE / 2, Math.max(RUN, Math.ceil((offset + size) * spread * 1.2)));
		while (true) {
			List<SpeakerQuotes.Ranked> rows = quotes.findRanked(speaker, new Offset(read, run));
			for (SpeakerQuotes.Ranked row : rows) {
				if (episodeIds.contains(row.episodeId()) && seen++ >= offset) {
					ids.add(row.id());
					if (ids.size() == size) {
						return ids;
					}
				}
			}
			if (rows.size() < run) {
				return ids;
			}
			read += run;
			run = (int) Math.min(Integer.MAX_VALUE / 2, 2L * run);
		}
	}

	/** A page of every quote by episode, newest or oldest episode first, each episode's in spoken order. */
	List<QuoteView> inOrder(Speaker speaker, SpeakerEpisodes shown, int index, int size, boolean oldest) {
		return shown.slices((long) index * size, size, oldest)
			.stream()
			.flatMap(slice -> quotes
				.findInEpisode(speaker, slice.episodeId(), new Offset(slice.skip(), slice.take()))
				.stream())
			.map(QuoteView::of)
			.toList();
	}

}
