package org.podquote.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteView;
import org.podquote.episode.DateSpan;
import org.podquote.episode.EpisodeRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A search's matches counted rather than listed: by month of their episodes' dates (the undated
 * by episode), by speaker, the earliest dated one; optionally leaving out one speaker's own quotes
 * ("mentioned by others"). Counted by the engine's aggregations over every match, not over a page
 * of them; the words are read exactly as {@link QuoteSearch} reads them.
 */
@Component
public class MatchCounts {

	/** How many speakers and undated episodes are counted at most. */
	static final int TERMS = 500;

	/** Months are counted over the library's latest years at most: a chart has no room for more. */
	static final int MAX_YEARS = 40;

	private static final AggregationKey<Map<Range<LocalDate>, Long>> MONTHS = AggregationKey.of("months");

	private static final AggregationKey<Map<Long, Long>> SPEAKERS = AggregationKey.of("speakers");

	private static final AggregationKey<Map<Long, Long>> EPISODES = AggregationKey.of("episodes");

	private final EntityManager entityManager;

	private final EpisodeRepository episodes;

	private final AppearanceRepository appearances;

	private final FacetLabels labels;

	MatchCounts(EntityManager entityManager, EpisodeRepository episodes, AppearanceRepository appearances,
			FacetLabels labels) {
		this.entityManager = entityManager;
		this.labels = labels;
		this.episodes = episodes;
		this.appearances = appearances;
	}

	/**
	 * What was counted.
	 *
	 * @param months the dated matches by month ({@code YearMonth} to count), oldest first, months without any left out
	 * @param undatedByEpisode the undated matches by episode id
	 * @param speakers matches by speaker slug, most first (unknown voices are not counted here)
	 * @param first the earliest dated match (the first in its episode), or null when none is dated
	 */
	public record Counts(long total, Map<YearMonth, Long> months, long undated, Map<Long, Long> undatedByEpisode,
			Map<String, Long> speakers, QuoteView first) {

		public static final Counts NONE = new Counts(0, Map.of(), 0, Map.of(), Map.of(), null);

		public boolean isEmpty() {
			return total == 0;
		}

	}

	/** @param exceptSpeaker a speaker slug whose own quotes are not counted, or null */
	@Transactional(readOnly = true)
	public Counts count(SearchQuery query, String exceptSpeaker) {
		QueryParser.Parsed parsed = QueryParser.parse(query.text());
		if (parsed.isEmpty()) {
			return Counts.NONE;
		}
		List<Range<LocalDate>> months = monthRanges();
		var counting = Search.session(entityManager)
			.search(Appearance.class)
			.where(f -> where(f, query, parsed, exceptSpeaker, false))
			// every speaker: counted by id, and the top TERMS taken by count and slug (FacetLabels)
			.aggregation(SPEAKERS, f -> f.terms().field(QuoteIndexMapping.SPEAKER_ID, Long.class).maxTermCount(Integer.MAX_VALUE));
		if (!months.isEmpty()) {
			counting = counting.aggregation(MONTHS,
					f -> f.range().field(QuoteIndexMapping.PUBLISHED, LocalDate.class).ranges(months));
		}
		SearchResult<?> result = counting.fetch(0);
		long total = result.total().hitCount();
		if (total == 0) {
			return Counts.NONE;
		}
		Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
		long dated = 0;
		if (!months.isEmpty()) {
			for (var entry : result.aggregation(MONTHS).entrySet()) {
				if (entry.getValue() > 0) {
					byMonth.put(YearMonth.from(entry.getKey().lowerBoundValue().orElseThrow()), entry.getValue());
					dated += entry.getValue();
				}
			}
		}
		Map<String, Long> speakers = labels.speakerSlugs(result.aggregation(SPEAKERS), TERMS);
		long undated = total - dated;
		Map<Long, Long> undatedByEpisode = Map.of();
		if (undated > 0) {
			undatedByEpisode = Search.session(entityManager)
				.search(Appearance.class)
				.where(f -> where(f, query, parsed, exceptSpeaker, true))
				.aggregation(EPISODES, f -> f.terms().field(QuoteIndexMapping.EPISODE, Long.class).maxTermCount(TERMS))
				.fetch(0)
				.aggregation(EPISODES);
		}
		QuoteView first = null;
		if (dated > 0) {
			List<Long> ids = Search.session(entityManager)
				.search(Appearance.class)
				.select(f -> f.id(Long.class))
				.where(f -> f.bool().must(where(f, query, parsed, exceptSpeaker, false))
					.filter(f.exists().field(QuoteIndexMapping.PUBLISHED)))
				.sort(f -> f.field(QuoteIndexMapping.PUBLISHED).asc().then().field(QuoteIndexMapping.POSITION).asc())
				.fetchHits(1);
			first = ids.isEmpty() ? null
					: appearances.findAllWithContext(ids).stream().findFirst().map(QuoteView::of).orElse(null);
		}
		return new Counts(total, byMonth, undated, undatedByEpisode, speakers, first);
	}

	/**
	 * The matches themselves, newest episode first, without one speaker's own, {@code size} from
	 * {@code offset}, with the total.
	 */
	@Transactional(readOnly = true)
	public SearchPage<QuoteView> list(SearchQuery query, String exceptSpeaker, int offset, int size) {
		QueryParser.Parsed parsed = QueryParser.parse(query.text());
		if (parsed.isEmpty()) {
			return new SearchPage<>(List.of(), 0, 0, size, java.time.Duration.ZERO, parsed.notes(), Facets.NONE);
		}
		SearchResult<Long> result = Search.session(entityManager)
			.search(Appearance.class)
			.select(f -> f.id(Long.class))
			.where(f -> where(f, query, parsed, exceptSpeaker, false))
			.sort(f -> f.field(QuoteIndexMapping.PUBLISHED).desc().missing().last().then().field(QuoteIndexMapping.POSITION).asc())
			.fetch(Math.max(0, Math.min(offset, QuoteSearch.RESULT_WINDOW - size)), size);
		Map<Long, Appearance> found = appearances.findAllWithContext(result.hits())
			.stream()
			.collect(Collectors.toMap(Appearance::getId, Function.identity()));
		List<QuoteView> quotes = result.hits().stream().map(found::get).filter(a -> a != null).map(QuoteView::of).toList();
		return new SearchPage<>(quotes, result.total().hitCount(), offset / size, size, result.took(), parsed.notes(),
				Facets.NONE);
	}

	private PredicateFinalStep where(SearchPredicateFactory f, SearchQuery query, QueryParser.Parsed parsed,
			String exceptSpeaker, boolean undatedOnly) {
		var bool = f.bool().must(HibernateQuoteSearch.predicate(f, query, parsed));
		if (exceptSpeaker != null) {
			bool.mustNot(f.match().field(QuoteIndexMapping.SPEAKER).matching(exceptSpeaker));
		}
		if (undatedOnly) {
			bool.mustNot(f.exists().field(QuoteIndexMapping.PUBLISHED));
		}
		return bool;
	}

	/** Every month of the library's dated span (its latest {@link #MAX_YEARS} years). */
	private List<Range<LocalDate>> monthRanges() {
		DateSpan span = episodes.findDateSpan();
		if (span == null || span.first() == null) {
			return List.of();
		}
		YearMonth last = YearMonth.from(span.last());
		YearMonth first = YearMonth.from(span.first());
		if (first.isBefore(last.minusYears(MAX_YEARS))) {
			first = last.minusYears(MAX_YEARS).plusMonths(1);
		}
		List<Range<LocalDate>> ranges = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			ranges.add(Range.canonical(m.atDay(1), m.plusMonths(1).atDay(1)));
		}
		return ranges;
	}

}
