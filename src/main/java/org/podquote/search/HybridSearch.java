package org.podquote.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteView;
import org.podquote.search.meaning.MeaningCoverage;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@link QuoteSearch} the app uses: searches by words go to {@link HibernateQuoteSearch} as they
 * are; by meaning, the quotes whose embeddings are nearest the query's ({@value #NEAREST} at most,
 * a kNN query on the index's HNSW graph); both, the two lists fused by reciprocal rank (each quote
 * scores {@code 1/(60 + rank)} in each list it is in). In every mode the filters, the "exact
 * phrases" and the excluded terms hold (they filter the nearest neighbours too), the facets count
 * what the mode finds, and each hit says how it matched. Until any quote is embedded, and inside
 * one episode, every search is by words.
 */
@Service("similarQuotes")
@Primary
class HybridSearch implements QuoteSearch, SimilarQuotes {

	/** How many nearest quotes a search by meaning finds: the most it can page through. */
	static final int NEAREST = 100;

	/**
	 * How near in meaning a quote must be to be found by it: the cosine of its embedding and the
	 * query's. Unrelated sentences score about 0 to 0.2 with this model, paraphrases 0.5 and more;
	 * without a floor every search would find a hundred quotes, however unlike.
	 */
	static final float MIN_SIMILARITY = 0.3f;

	/** Reciprocal rank fusion's constant: a list's first hits count little more than its tenth. */
	static final int RANK_CONSTANT = 60;

	private static final int SNIPPET_CHARS = 300;

	private static final AggregationKey<Map<Long, Long>> SPEAKERS = AggregationKey.of("speakers");

	private static final AggregationKey<Map<Long, Long>> PODCASTS = AggregationKey.of("podcasts");

	private static final AggregationKey<Map<Range<LocalDate>, Long>> YEARS = AggregationKey.of("years");

	private final HibernateQuoteSearch words;

	private final EntityManager entityManager;

	private final AppearanceRepository appearances;

	private final FacetLabels facetLabels;

	private final QueryEmbeddings embeddings;

	private final MeaningCoverage coverage;

	/**
	 * Among how many of a person's quotes, those that say most, {@link #saidAlike} looks for the ones
	 * with a meaning: a host has tens of thousands, and while the library is partly embedded most of
	 * them have none, so a search for the first with one read every row of theirs (seconds at 445k).
	 */
	static final int ALIKE_AMONG = 1_000;

	/** A person page's "Others who said similar things" by slug and size, until the library changes. */
	private final LibraryCache.Bounded<List<Object>, List<SaidAlike>> alikeKept;

	HybridSearch(HibernateQuoteSearch words, EntityManager entityManager, AppearanceRepository appearances,
			FacetLabels facetLabels, QueryEmbeddings embeddings, MeaningCoverage coverage, LibraryCache cache) {
		this.words = words;
		this.entityManager = entityManager;
		this.appearances = appearances;
		this.facetLabels = facetLabels;
		this.embeddings = embeddings;
		this.coverage = coverage;
		this.alikeKept = cache.boundedWithMeaning(500);
	}

	private record Near(long id, float score) {
	}

	/** A download is of the words' search: one query, streamed ({@link HibernateQuoteSearch#export}). */
	@Override
	public void export(SearchQuery query, int limit, java.util.function.LongConsumer total,
			java.util.function.Consumer<org.podquote.appearance.QuoteView> each) {
		words.export(query, limit, total, each);
	}

	@Override
	@Transactional(readOnly = true)
	public SearchPage<QuoteHit> search(SearchQuery query) {
		if (query.mode() == SearchQuery.Mode.WORDS || query.episodeId() != null || !coverage.enabled()) {
			return words.search(query);
		}
		QueryParser.Parsed parsed = QueryParser.parse(query.text());
		String meaning = meaningText(parsed);
		if (meaning.isBlank() || coverage.current().none()) {
			// nothing to compare (exclusions only), or nothing embedded yet
			return query.mode() == SearchQuery.Mode.BOTH || meaning.isBlank() ? words.search(query.inMode(SearchQuery.Mode.WORDS))
					: new SearchPage<>(List.of(), 0, query.page(), query.size(), Duration.ZERO, parsed.notes(), Facets.NONE);
		}
		long start = System.nanoTime();
		byte[] vector = embeddings.of(meaning);
		return query.mode() == SearchQuery.Mode.MEANING ? byMeaning(query, parsed, vector, start)
				: byBoth(query, parsed, vector, start);
	}

	/** The words of the query to compare by meaning: all it asks for, phrases too, exclusions not. */
	static String meaningText(QueryParser.Parsed parsed) {
		return parsed.required()
			.stream()
			.flatMap(List::stream)
			.map(QueryParser.Term::text)
			.collect(Collectors.joining(" "))
			.strip();
	}

	/** What every hit must be in any mode: the filters, the exact phrases, no excluded term. */
	private static PredicateFinalStep hard(SearchPredicateFactory f, SearchQuery query, QueryParser.Parsed parsed) {
		List<List<QueryParser.Term>> phrases = parsed.required()
			.stream()
			.filter(group -> group.stream().allMatch(t -> t.kind() == QueryParser.Kind.PHRASE))
			.toList();
		return HibernateQuoteSearch.predicate(f, query, new QueryParser.Parsed(phrases, parsed.excluded(), parsed.notes()));
	}

	private static PredicateFinalStep nearest(SearchPredicateFactory f, SearchQuery query, QueryParser.Parsed parsed,
			byte[] vector) {
		var knn = f.knn(NEAREST).field(QuoteIndexMapping.MEANING).matching(vector);
		// without anything to hold to, no filter: Lucene would first collect every quote into a bit set
		return unfiltered(query, parsed) ? knn : knn.filter(hard(f, query, parsed));
	}

	/** Whether {@link #hard} would let every quote through: no phrase, no exclusion, no filter. */
	static boolean unfiltered(SearchQuery query, QueryParser.Parsed parsed) {
		boolean phrases = parsed.required()
			.stream()
			.anyMatch(group -> group.stream().allMatch(t -> t.kind() == QueryParser.Kind.PHRASE));
		return !phrases && parsed.excluded().isEmpty() && query.speaker() == null && query.podcast() == null
				&& query.episodeId() == null && query.from() == null && query.to() == null;
	}

	/**
	 * The quotes nearest the query's meaning that are near enough ({@link #MIN_SIMILARITY}), best
	 * first. The engine's score of a cosine is {@code (1 + cos) / 2} on Lucene and on OpenSearch alike.
	 */
	private List<Near> nearest(SearchQuery query, QueryParser.Parsed parsed, byte[] vector) {
		float minScore = (1 + MIN_SIMILARITY) / 2;
		return Search.session(entityManager)
			.search(Appearance.class)
			.select(f -> f.composite().from(f.id(Long.class), f.score()).as(Near::new))
			.where(f -> nearest(f, query, parsed, vector))
			.fetchHits(NEAREST)
			.stream()
			.filter(near -> near.score() >= minScore)
			.toList();
	}

	/** The total and the facets of what a mode found, counted by the engine: the words' matches, these ids, or both. */
	private SearchResult<Long> counted(SearchQuery query, QueryParser.Parsed parsed, List<Long> ids, boolean withWords,
			List<Range<LocalDate>> years) {
		var search = Search.session(entityManager)
			.search(Appearance.class)
			.select(f -> f.id(Long.class))
			.where(f -> {
				var any = f.bool().minimumShouldMatchNumber(1);
				if (withWords) {
					any.should(HibernateQuoteSearch.predicate(f, query, parsed));
				}
				if (!ids.isEmpty()) {
					any.should(f.id().matchingAny(ids));
				}
				return withWords || !ids.isEmpty() ? any : f.not(f.matchAll());
			});
		return facets(search, query, years).fetch(0);
	}

	private SearchPage<QuoteHit> byMeaning(SearchQuery query, QueryParser.Parsed parsed, byte[] vector, long start) {
		List<Near> near = nearest(query, parsed, vector);
		int from = Math.min(query.page() * query.size(), near.size());
		List<Near> page = near.subList(from, Math.min(from + query.size(), near.size()));
		List<QuoteHit> hits = new ArrayList<>();
		Map<Long, Appearance> found = load(page.stream().map(Near::id).toList());
		for (Near n : page) {
			Appearance appearance = found.get(n.id());
			if (appearance != null) {
				hits.add(new QuoteHit(QuoteView.of(appearance), beginning(appearance.getText()), n.score(),
						QuoteHit.Match.MEANING));
			}
		}
		Facets facets = Facets.NONE;
		if (query.facets() && !near.isEmpty()) {
			List<Range<LocalDate>> years = facetLabels.yearRanges();
			facets = facets(counted(query, parsed, near.stream().map(Near::id).toList(), false, years), query, years);
		}
		return new SearchPage<>(hits, near.size(), query.page(), query.size(), Duration.ofNanos(System.nanoTime() - start),
				parsed.notes(), facets);
	}

	private SearchPage<QuoteHit> byBoth(SearchQuery query, QueryParser.Parsed parsed, byte[] vector, long start) {
		int end = Math.min(query.page() * query.size() + query.size(), RESULT_WINDOW);
		List<Near> near = nearest(query, parsed, vector);
		List<Long> nearIds = near.stream().map(Near::id).toList();
		// the words' list as far as this page reaches (a quote further down it can only come up by
		// meaning), with the total and the facets of the words' hits and the nearest together, counted as
		// a search by words counts them: exactly when few, on the sample when many
		SearchPage<QuoteHit> byWords = words.search(new SearchQuery(query.text(), query.speaker(), query.podcast(), null,
				query.from(), query.to(), query.sort(), 0, end, query.facets(), SearchQuery.Mode.WORDS),
				query.facets() ? nearIds : List.of());
		Map<Long, Integer> wordRank = new HashMap<>();
		for (int i = 0; i < byWords.hits().size(); i++) {
			wordRank.put(byWords.hits().get(i).quote().id(), i);
		}
		// nearest quotes that match the words too, further down the words' list than this page
		List<Long> beyond = near.stream().map(Near::id).filter(id -> !wordRank.containsKey(id)).toList();
		Set<Long> alsoWords = beyond.isEmpty() ? Set.of() : new HashSet<>(Search.session(entityManager)
			.search(Appearance.class)
			.select(f -> f.id(Long.class))
			.where(f -> f.bool()
				.must(HibernateQuoteSearch.predicate(f, query, parsed))
				.filter(f.id().matchingAny(beyond)))
			.fetchHits(beyond.size()));

		Map<Long, Double> fused = new LinkedHashMap<>();
		for (int i = 0; i < byWords.hits().size(); i++) {
			fused.merge(byWords.hits().get(i).quote().id(), rrf(i), Double::sum);
		}
		Map<Long, Integer> nearRank = new HashMap<>();
		for (int i = 0; i < near.size(); i++) {
			long id = near.get(i).id();
			nearRank.put(id, i);
			fused.merge(id, rrf(i) + (alsoWords.contains(id) ? rrf(end) : 0), Double::sum);
		}
		boolean byRelevance = query.sort() == SearchQuery.Sort.RELEVANCE;
		Map<Long, QuoteHit> wordHits = byWords.hits().stream().collect(Collectors.toMap(h -> h.quote().id(), h -> h));
		List<Long> order = new ArrayList<>(fused.keySet());
		Map<Long, Appearance> loaded;
		if (byRelevance) {
			order.sort(Comparator.comparingDouble((Long id) -> -fused.get(id))
				.thenComparingInt(id -> wordRank.getOrDefault(id, Integer.MAX_VALUE))
				.thenComparingInt(id -> nearRank.getOrDefault(id, Integer.MAX_VALUE)));
			loaded = null;
		}
		else {
			// by date: the words' list is in that order already; the nearest quotes go in among it
			loaded = load(near.stream().map(Near::id).filter(id -> !wordHits.containsKey(id)).toList());
			Map<Long, LocalDate> dates = new HashMap<>();
			wordHits.forEach((id, hit) -> dates.put(id, hit.quote().publishedOn()));
			loaded.forEach((id, appearance) -> dates.put(id, appearance.getEpisode().getPublishedOn()));
			Comparator<LocalDate> byDate = query.sort() == SearchQuery.Sort.NEWEST ? Comparator.reverseOrder()
					: Comparator.naturalOrder();
			order.sort(Comparator.comparing((Long id) -> dates.get(id), Comparator.nullsLast(byDate)));
		}
		int from = Math.min(query.page() * query.size(), order.size());
		List<Long> page = order.subList(from, Math.min(from + query.size(), order.size()));
		if (loaded == null) {
			loaded = load(page.stream().filter(id -> !wordHits.containsKey(id)).toList());
		}
		List<QuoteHit> hits = new ArrayList<>();
		for (long id : page) {
			boolean isNear = nearRank.containsKey(id);
			boolean isWords = wordHits.containsKey(id) || alsoWords.contains(id);
			QuoteHit.Match match = isNear && isWords ? QuoteHit.Match.BOTH
					: isNear ? QuoteHit.Match.MEANING : QuoteHit.Match.WORDS;
			QuoteHit hit = wordHits.get(id);
			if (hit != null) {
				hits.add(hit.scored(fused.get(id).floatValue(), match));
			}
			else if (loaded.containsKey(id)) {
				Appearance appearance = loaded.get(id);
				hits.add(new QuoteHit(QuoteView.of(appearance), beginning(appearance.getText()),
						fused.get(id).floatValue(), match));
			}
		}
		long total = byWords.total();
		if (!query.facets()) {
			total += near.stream().filter(n -> !wordRank.containsKey(n.id()) && !alsoWords.contains(n.id())).count();
		}
		return new SearchPage<>(hits, total, query.page(), query.size(), Duration.ofNanos(System.nanoTime() - start),
				byWords.notes(), byWords.facets(), byWords.suggestion(), byWords.matches(), byWords.exact());
	}

	private static double rrf(int rank) {
		return 1.0 / (RANK_CONSTANT + rank + 1);
	}

	private static <T> SearchQueryOptionsStep<?, ?, T, ?, ?, ?> facets(SearchQueryOptionsStep<?, ?, T, ?, ?, ?> search,
			SearchQuery query, List<Range<LocalDate>> years) {
		if (!query.facets()) {
			return search;
		}
		// every value: the nearest are at most NEAREST quotes, and a tie is broken by slug (FacetLabels)
		SearchQueryOptionsStep<?, ?, T, ?, ?, ?> step = search
			.aggregation(SPEAKERS, f -> f.terms().field(QuoteIndexMapping.SPEAKER_ID, Long.class).maxTermCount(NEAREST))
			.aggregation(PODCASTS, f -> f.terms().field(QuoteIndexMapping.PODCAST_ID, Long.class).maxTermCount(NEAREST));
		if (!years.isEmpty()) {
			step = step.aggregation(YEARS, f -> f.range().field(QuoteIndexMapping.PUBLISHED, LocalDate.class).ranges(years));
		}
		return step;
	}

	private Facets facets(SearchResult<?> result, SearchQuery query, List<Range<LocalDate>> years) {
		if (!query.facets()) {
			return Facets.NONE;
		}
		return new Facets(
				facetLabels.speakers(facetLabels.speakerSlugs(result.aggregation(SPEAKERS), HibernateQuoteSearch.FACET_SIZE)),
				facetLabels.podcasts(facetLabels.podcastSlugs(result.aggregation(PODCASTS), HibernateQuoteSearch.FACET_SIZE)),
				years.isEmpty() ? List.of() : FacetLabels.years(result.aggregation(YEARS)));
	}

	private Map<Long, Appearance> load(List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return appearances.findAllWithContext(ids)
			.stream()
			.collect(Collectors.toMap(Appearance::getId, Function.identity()));
	}

	/** A quote found by meaning has no words to mark: its beginning, escaped. */
	static String beginning(String text) {
		if (text.length() <= SNIPPET_CHARS) {
			return HtmlUtils.htmlEscape(text);
		}
		int end = text.lastIndexOf(' ', SNIPPET_CHARS);
		return HtmlUtils.htmlEscape(text.substring(0, end > 0 ? end : SNIPPET_CHARS)) + "…";
	}

	@Override
	@Transactional(readOnly = true)
	public List<QuoteHit> similarTo(long quoteId, int size) {
		if (!coverage.enabled()) {
			return List.of();
		}
		Appearance quote = entityManager.find(Appearance.class, quoteId);
		if (quote == null || quote.getMeaning() == null) {
			return List.of();
		}
		long episode = quote.getEpisode().getId();
		List<Near> near = Search.session(entityManager)
			.search(Appearance.class)
			.select(f -> f.composite().from(f.id(Long.class), f.score()).as(Near::new))
			.where(f -> f.knn(candidates(size))
				.field(QuoteIndexMapping.MEANING)
				.matching(quote.getMeaning())
				.filter(f.not(f.match().field(QuoteIndexMapping.EPISODE).matching(episode))))
			.fetchHits(size);
		return hits(near, size);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SaidAlike> saidAlike(String speakerSlug, int size) {
		if (!coverage.enabled()) {
			return List.of();
		}
		return alikeKept.get(List.of(speakerSlug, size), () -> findSaidAlike(speakerSlug, size));
	}

	private List<SaidAlike> findSaidAlike(String speakerSlug, int size) {
		// their quotes that say most (as the speaker page ranks them, in the order of its index), then
		// those of them with a meaning, each compared with everyone else's
		// by the speaker's id and in the order of V6's index (speaker_id, substance desc, id), so that
		// the database reads the first ALIKE_AMONG entries of that index instead of sorting every row
		// of the person (over a second for a host at 445k); headings are left out of what is read next
		List<Long> speakerId = entityManager.createQuery("select s.id from Speaker s where s.slug = :slug", Long.class)
			.setParameter("slug", speakerSlug)
			.getResultList();
		if (speakerId.isEmpty()) {
			return List.of();
		}
		List<Long> most = entityManager.createQuery("""
				select a.id from Appearance a where a.speaker.id = :speakerId
				order by a.speaker.id, a.substance desc, a.id""", Long.class)
			.setParameter("speakerId", speakerId.get(0))
			.setMaxResults(ALIKE_AMONG)
			.getResultList();
		if (most.isEmpty()) {
			return List.of();
		}
		Map<Long, Integer> rank = new HashMap<>();
		most.forEach(id -> rank.putIfAbsent(id, rank.size()));
		List<Long> meant = entityManager
			.createQuery("select a.id from Appearance a where a.id in :ids and a.heading = false and a.meaning is not null",
					Long.class)
			.setParameter("ids", most)
			.getResultList()
			.stream()
			.sorted(Comparator.comparing(rank::get))
			.limit(size * 2L)
			.toList();
		if (meant.isEmpty()) {
			return List.of();
		}
		List<Appearance> theirs = entityManager.createQuery("""
				select a from Appearance a join fetch a.episode e join fetch e.podcast join fetch a.speaker s
				where a.id in :ids""", Appearance.class)
			.setParameter("ids", meant)
			.getResultList()
			.stream()
			.sorted(Comparator.comparing(a -> rank.get(a.getId())))
			.toList();
		List<SaidAlike> alike = new ArrayList<>();
		Set<String> people = new HashSet<>();
		for (Appearance own : theirs) {
			List<Near> near = Search.session(entityManager)
				.search(Appearance.class)
				.select(f -> f.composite().from(f.id(Long.class), f.score()).as(Near::new))
				.where(f -> f.knn(candidates(size + 1))
					.field(QuoteIndexMapping.MEANING)
					.matching(own.getMeaning())
					.filter(f.bool()
						.must(f.exists().field(QuoteIndexMapping.SPEAKER))
						.mustNot(f.match().field(QuoteIndexMapping.SPEAKER).matching(speakerSlug))))
				.fetchHits(size + 1);
			for (QuoteHit hit : hits(near, size + 1)) {
				if (people.add(hit.quote().speakerSlug())) {
					alike.add(new SaidAlike(hit, QuoteView.of(own)));
					break;
				}
			}
			if (alike.size() == size) {
				break;
			}
		}
		return alike;
	}

	/**
	 * How many nearest quotes to ask the index for, to keep the best {@code wanted}: the graph search
	 * (HNSW) explores as many candidates as it is asked for, and with only a handful it can miss the
	 * nearest quote altogether, depending on how the index's segments were built and merged.
	 */
	static int candidates(int wanted) {
		return Math.max(wanted * 10, 100);
	}

	private List<QuoteHit> hits(List<Near> near, int size) {
		Map<Long, Appearance> found = load(near.stream().map(Near::id).toList());
		List<QuoteHit> hits = new ArrayList<>();
		for (Near n : near) {
			Appearance appearance = found.get(n.id());
			if (appearance != null && hits.size() < size) {
				hits.add(new QuoteHit(QuoteView.of(appearance), beginning(appearance.getText()), n.score(),
						QuoteHit.Match.MEANING));
			}
		}
		return hits;
	}

}
