package org.podquote.speaker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteView;
import org.podquote.system.Ranked;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * A page of a speaker's quotes, best first or all in order, read without sorting or counting the
 * speaker's rows: the counts come from {@link SpeakerEpisodes}, the order from the indexes of V6.
 */
@Component
public class SpeakerQuoteList {

	/**
	 * Below this share of the speaker's quotes, a show's or a period's best are read from its
	 * episodes and sorted; above it, the speaker's ranking is read in index order and kept to them.
	 */
	static final double FEW = 0.1;

	/** The least the ranking is read in at once when kept to some episodes. */
	static final int RUN = 200;

	private final SpeakerQuotes quotes;

	private final AppearanceRepository appearances;

	private final SpeakerRepository speakers;

	SpeakerQuoteList(SpeakerQuotes quotes, AppearanceRepository appearances, SpeakerRepository speakers) {
		this.quotes = quotes;
		this.appearances = appearances;
		this.speakers = speakers;
	}

	/**
	 * A page of all the speaker's quotes, newest episode first as on their page, each episode's in
	 * spoken order: found from the speaker's episodes and their counts, then read episode by episode
	 * by the index of V6, so that a late page costs what the first does (sorting the speaker's rows
	 * by their episodes' dates took seconds for a host of 80,000 quotes).
	 */
	public Page<QuoteView> newest(Speaker speaker, Pageable pageable) {
		return inOrder(speaker, pageable, false);
	}

	/** As {@link #newest}, or the oldest episode first (each episode's quotes still in spoken order). */
	public Page<QuoteView> inOrder(Speaker speaker, Pageable pageable, boolean oldest) {
		SpeakerEpisodes all = SpeakerEpisodes.of(speakers.findEpisodes(speaker));
		return new PageImpl<>(inOrder(speaker, all, pageable.getOffset(), pageable.getPageSize(), oldest), pageable,
				all.quotes());
	}

	/** Every quote of the speaker in the order of {@link #newest}, one episode read at a time. */
	public void eachNewest(Speaker speaker, Consumer<QuoteView> each) {
		for (SpeakerEpisodes.Slice slice : SpeakerEpisodes.of(speakers.findEpisodes(speaker)).slices(0, Integer.MAX_VALUE,
				false)) {
			quotes.findInEpisode(speaker, slice.episodeId(), new Offset(0, Integer.MAX_VALUE))
				.forEach(a -> each.accept(QuoteView.of(a)));
		}
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
		return inOrder(speaker, shown, (long) index * size, size, oldest);
	}

	private List<QuoteView> inOrder(Speaker speaker, SpeakerEpisodes shown, long offset, int size, boolean oldest) {
		return shown.slices(offset, size, oldest)
			.stream()
			.flatMap(slice -> quotes
				.findInEpisode(speaker, slice.episodeId(), new Offset(slice.skip(), slice.take()))
				.stream())
			.map(QuoteView::of)
			.toList();
	}

}
