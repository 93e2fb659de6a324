package org.podquote.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/** {@link QuoteSearch} on Hibernate Search: Lucene embedded, or Elasticsearch/OpenSearch by configuration. */
@Service
class HibernateQuoteSearch implements QuoteSearch {

	private static final int SNIPPET_CHARS = 300;

	private static final int WHOLE_TEXT_CHARS = 100_000;

	static final int FACET_SIZE = 10;

	/** Quotes an export loads from the database at a time. */
	static final int EXPORT_BATCH = 500;

	private static final AggregationKey<Map<Long, Long>> SPEAKERS = AggregationKey.of("speakers");

	private static final AggregationKey<Map<Long, Long>> PODCASTS = AggregationKey.of("podcasts");

	private static final AggregationKey<Map<Range<LocalDate>, Long>> YEARS = AggregationKey.of("years");

	/** The words of a phrase come back marked one by one: "<mark>bad</mark> <mark>role</mark>" reads better as one. */
	private static final Pattern ADJACENT_MARKS = Pattern.compile("</mark>(\\s+)<mark>");

	/**
	 * What a word's own forms add to a quote's score: the word as typed, and its plural or singular
	 * ({@link OwnForms}), each. A constant above what BM25 gives one word in a
	 * quote (at most about 2.2 × idf, and idf is under 14 in a million quotes), so that "generics"
	 * ranks quotes with "generics" first, then "generic", then its other forms ("generically").
	 */
	static final float OWN_FORM_SCORE = 30;

	private final EntityManager entityManager;

	/**
	 * A search with facets (the page's, the API's) counts its hits exactly below this many; above, it
	 * says "about N" and counts its facets on a sample ({@link QuoteIndexMapping#SAMPLE}).
	 */
	private final long exactBelow;

	private final AppearanceRepository appearances;

	private final FacetLabels facetLabels;

	private final Spelling spelling;

	private final NameMatches nameMatches;

	private final PrefixExpansion prefixes;

	private final HitBound hitBound;

	/** How many searches' sample counts are kept between changes of the library. */
	static final int SAMPLES_KEPT = 2_000;

	/**
	 * The sample's counts of a search with facets, by the search without its page ({@link #sampleKey}):
	 * with them kept, a search asked again makes one pass of the engine, not two. The first pass only
	 * says whether the hits are many and, when they are, is what the facets show; both stay true
	 * until the library changes, and then {@link LibraryCache} forgets them.
	 */
	private final LibraryCache.Bounded<List<Object>, Counted> samples;

	/** Passes of the engine made by {@link #search(SearchQuery, Collection)}: for tests of how many a search costs. */
	private final java.util.concurrent.atomic.LongAdder passes = new java.util.concurrent.atomic.LongAdder();

	HibernateQuoteSearch(EntityManager entityManager, AppearanceRepository appearances, FacetLabels facetLabels,
			Spelling spelling, NameMatches nameMatches, PrefixExpansion prefixes, HitBound hitBound, LibraryCache cache,
			@Value("${podquote.search.exact-count-below:" + EXACT_COUNT_BELOW + "}") long exactBelow) {
		this.hitBound = hitBound;
		this.entityManager = entityManager;
		this.samples = cache.bounded(SAMPLES_KEPT);
		this.exactBelow = exactBelow;
		this.appearances = appearances;
		this.facetLabels = facetLabels;
		this.spelling = spelling;
		this.nameMatches = nameMatches;
		this.prefixes = prefixes;
	}

	private record Row(long id, float score, List<String> highlights) {
	}

	@Override
	@Transactional(readOnly = true)
	public SearchPage<QuoteHit> search(SearchQuery query) {
		return search(query, List.of());
	}

	/**
	 * The page of hits of the words, with the total and the facets (when asked for) counted over the
	 * words' hits and the quotes {@code alsoCounted} together: a search by words and meaning (
	 * {@link HybridSearch}) counts what either found in the same bounded way as a search by words.
	 */
	@Transactional(readOnly = true)
	SearchPage<QuoteHit> search(SearchQuery query, Collection<Long> alsoCounted) {
		QueryParser.Parsed parsed = prefixes.bound(QueryParser.parse(query.text()));
		if (parsed.isEmpty()) {
			return new SearchPage<>(List.of(), 0, query.page(), query.size(), Duration.ZERO, parsed.notes(), Facets.NONE);
		}
		// Inside one episode the reader wants whole turns, not fragments.
		int snippetChars = query.episodeId() == null ? SNIPPET_CHARS : WHOLE_TEXT_CHARS;
		List<Range<LocalDate>> years = query.facets() ? facetLabels.yearRanges() : List.of();
		int offset = Math.max(0, Math.min(query.page() * query.size(), RESULT_WINDOW - query.size()));
		// Facets cost a visit to every hit. First count on the sample, one quote in SAMPLE_RATE, which is cheap;
		// when that says the hits are many, the page's hits are found with a bounded count and the facets
		// are the sample's, scaled; when few, one query counts them and their facets exactly.
		boolean[] sampledNow = { false };
		List<Object> key = sampleKey(query, alsoCounted);
		// The sample's pass is skipped when the term dictionary already says it would find few: then the
		// page's pass counts the hits and their facets exactly, as after a sample that had found few.
		Counted sample = !query.facets() || samples.peek(key) == null && fewForSure(parsed, alsoCounted) ? null
				: samples.get(key, () -> {
					sampledNow[0] = true;
					return counted(query, parsed, alsoCounted, years, true);
				});
		boolean many = sample != null && sample.total() * QuoteIndexMapping.SAMPLE_RATE >= exactBelow;
		var search = Search.session(entityManager)
			.search(Appearance.class)
			.select(f -> f.composite()
				.from(f.id(Long.class), f.score(), f.highlight(QuoteIndexMapping.TEXT))
				.asList(HibernateQuoteSearch::row))
			.where(f -> predicate(f, query, parsed))
			.sort(f -> sort(f, query.sort()))
			.highlighter(h -> h.plain()
				.encoder(HighlighterEncoder.HTML)
				.tag("<mark>", "</mark>")
				.fragmentSize(snippetChars)
				.numberOfFragments(1));
		if (many) {
			search = search.totalHitCountThreshold(exactBelow);
		}
		else if (query.facets() && alsoCounted.isEmpty()) {
			search = search.aggregation(SPEAKERS, speakers(FacetLabels.LOOKAHEAD))
				.aggregation(PODCASTS, podcasts(FacetLabels.LOOKAHEAD));
			if (!years.isEmpty()) {
				search = search.aggregation(YEARS, years(years));
			}
		}
		SearchResult<Row> result = search.fetch(offset, query.size());
		passes.increment();
		long total = result.total().hitCountLowerBound();
		boolean exact = result.total().isHitCountExact();
		Counted counted;
		if (!query.facets()) {
			counted = null;
		}
		else if (!many && !alsoCounted.isEmpty()) {
			counted = counted(query, parsed, alsoCounted, years, false);
			total = counted.total();
		}
		else if (!many && complete(result)) {
			counted = new Counted(total, facetLabels.speakerSlugs(result.aggregation(SPEAKERS), FACET_SIZE),
					facetLabels.podcastSlugs(result.aggregation(PODCASTS), FACET_SIZE),
					years.isEmpty() ? Map.of() : result.aggregation(YEARS));
		}
		else if (!many) {
			// ties beyond the values the page's pass counted: counted again, every value
			counted = counted(query, parsed, alsoCounted, years, false, Integer.MAX_VALUE);
		}
		else if (exact) {
			// the sample overestimated: few enough to count exactly
			counted = counted(query, parsed, alsoCounted, years, false);
			total = counted.total();
		}
		else {
			counted = sample.scaled(QuoteIndexMapping.SAMPLE_RATE);
			total = counted.total();
		}

		Map<Long, Appearance> found = appearances.findAllWithContext(result.hits().stream().map(Row::id).toList())
			.stream()
			.collect(Collectors.toMap(Appearance::getId, Function.identity()));
		List<String> phrases = parsed.requiredPhrases();
		Predicate<String> prefixed = prefixWords(parsed);
		List<QuoteHit> hits = new ArrayList<>();
		for (Row row : result.hits()) {
			Appearance appearance = found.get(row.id());
			if (appearance != null) {
				String engine = row.highlights().isEmpty() ? null
						: ADJACENT_MARKS.matcher(row.highlights().get(0)).replaceAll("$1");
				String snippet = AcrossCuts.markPhrases(engine, appearance.getText(), phrases, prefixed, snippetChars);
				if (snippet == null) {
					snippet = HtmlUtils.htmlEscape(beginning(appearance.getText()));
				}
				snippet = AcrossCuts.mark(snippet, appearance.getLead(), appearance.getText(), phrases, snippetChars);
				hits.add(new QuoteHit(QuoteView.of(appearance), snippet, row.score()));
			}
		}
		Facets facets = counted != null ? new Facets(facetLabels.speakers(counted.speakers()),
				facetLabels.podcasts(counted.podcasts()),
				years.isEmpty() ? List.of() : FacetLabels.years(counted.years())) : Facets.NONE;
		String suggestion = total < SPELLING_CHECKED_BELOW ? suggestion(query, parsed, total) : null;
		List<NameMatch> matches = query.episodeId() == null ? nameMatches.of(query.text()) : List.of();
		Duration took = sampledNow[0] ? result.took().plus(sample.took()) : result.took();
		return new SearchPage<>(hits, total, query.page(), query.size(), took, parsed.notes(), facets, suggestion,
				matches, exact);
	}

	@Override
	@Transactional(readOnly = true)
	public void export(SearchQuery query, int limit, LongConsumer total, Consumer<QuoteView> each) {
		QueryParser.Parsed parsed = prefixes.bound(QueryParser.parse(query.text()));
		if (parsed.isEmpty()) {
			total.accept(0);
			return;
		}
		SearchResult<Long> ids = Search.session(entityManager)
			.search(Appearance.class)
			.select(f -> f.id(Long.class))
			.where(f -> predicate(f, query, parsed))
			.sort(f -> sort(f, query.sort()))
			.fetch(Math.min(limit, RESULT_WINDOW));
		total.accept(ids.total().hitCount());
		for (int from = 0; from < ids.hits().size(); from += EXPORT_BATCH) {
			List<Long> batch = ids.hits().subList(from, Math.min(from + EXPORT_BATCH, ids.hits().size()));
			Map<Long, Appearance> found = appearances.findAllWithContext(batch)
				.stream()
				.collect(Collectors.toMap(Appearance::getId, Function.identity()));
			batch.stream().map(found::get).filter(java.util.Objects::nonNull).map(QuoteView::of).forEach(each);
			// what was written need not stay in memory while the next batch loads
			entityManager.clear();
		}
	}

	/**
	 * What the sample's counts of a search depend on: its words, filters and the quotes counted with
	 * them, not its page, size or order.
	 */
	private static List<Object> sampleKey(SearchQuery query, Collection<Long> alsoCounted) {
		return java.util.Arrays.asList(query.text(), query.speaker(), query.podcast(), query.episodeId(), query.from(),
				query.to(), List.copyOf(new java.util.TreeSet<>(alsoCounted)));
	}

	long passes() {
		return passes.sum();
	}

	/**
	 * Whether the hits are surely too few to be "many", however the sample falls: even were every
	 * hit the {@link HitBound} allows in the sample, and every quote counted with them.
	 */
	private boolean fewForSure(QueryParser.Parsed parsed, Collection<Long> alsoCounted) {
		long bound = hitBound.of(parsed);
		return bound != HitBound.NONE && (bound + alsoCounted.size()) * QuoteIndexMapping.SAMPLE_RATE < exactBelow;
	}

	/** How many hits a query has and how they fall by speaker, podcast and year. */
	private record Counted(long total, Map<String, Long> speakers, Map<String, Long> podcasts,
			Map<Range<LocalDate>, Long> years, Duration took) {

		Counted(long total, Map<String, Long> speakers, Map<String, Long> podcasts, Map<Range<LocalDate>, Long> years) {
			this(total, speakers, podcasts, years, Duration.ZERO);
		}

		Counted scaled(int rate) {
			return new Counted(total * rate, times(speakers, rate), times(podcasts, rate), times(years, rate), took);
		}

		private static <K> Map<K, Long> times(Map<K, Long> counts, int rate) {
			Map<K, Long> scaled = new java.util.LinkedHashMap<>();
			counts.forEach((k, v) -> scaled.put(k, v * rate));
			return scaled;
		}

	}

	/** Whether the speakers and podcasts that a pass counted hold every value their facets may show. */
	private static boolean complete(SearchResult<?> result) {
		return FacetLabels.complete(result.aggregation(SPEAKERS), FacetLabels.LOOKAHEAD, FACET_SIZE)
				&& FacetLabels.complete(result.aggregation(PODCASTS), FacetLabels.LOOKAHEAD, FACET_SIZE);
	}

	/**
	 * The hits (and the quotes {@code also}) and their facets counted over every hit, or over the
	 * sample alone: the facets' top {@link FacetLabels#LOOKAHEAD} values, or all of them when ties
	 * may go further.
	 */
	private Counted counted(SearchQuery query, QueryParser.Parsed parsed, Collection<Long> also,
			List<Range<LocalDate>> years, boolean sampled) {
		Counted counted = counted(query, parsed, also, years, sampled, FacetLabels.LOOKAHEAD);
		return counted != null ? counted : counted(query, parsed, also, years, sampled, Integer.MAX_VALUE);
	}

	/** The counts with the facets' top {@code terms} values, or null when they may miss a tie. */
	private Counted counted(SearchQuery query, QueryParser.Parsed parsed, Collection<Long> also,
			List<Range<LocalDate>> years, boolean sampled, int terms) {
		var search = Search.session(entityManager)
			.search(Appearance.class)
			.where(f -> {
				PredicateFinalStep hits = also.isEmpty() ? predicate(f, query, parsed)
						: f.bool().minimumShouldMatchNumber(1).should(predicate(f, query, parsed)).should(f.id().matchingAny(also));
				return sampled ? f.bool()
					.filter(hits)
					.filter(f.match().field(QuoteIndexMapping.SAMPLE).matching(QuoteIndexMapping.SAMPLED))
						: f.bool().filter(hits);
			});
		var counting = search.aggregation(SPEAKERS, speakers(terms)).aggregation(PODCASTS, podcasts(terms));
		if (!years.isEmpty()) {
			counting = counting.aggregation(YEARS, years(years));
		}
		SearchResult<?> result = counting.fetch(0);
		passes.increment();
		if (terms < Integer.MAX_VALUE && !complete(result)) {
			return null;
		}
		return new Counted(result.total().hitCount(), facetLabels.speakerSlugs(result.aggregation(SPEAKERS), FACET_SIZE),
				facetLabels.podcastSlugs(result.aggregation(PODCASTS), FACET_SIZE),
				years.isEmpty() ? Map.of() : result.aggregation(YEARS), result.took());
	}

	/** The hits by speaker id, the most first, at most {@code terms} of them. */
	private SearchAggregation<Map<Long, Long>> speakers(int terms) {
		return Search.session(entityManager).scope(Appearance.class).aggregation()
			.terms().field(QuoteIndexMapping.SPEAKER_ID, Long.class).maxTermCount(terms).toAggregation();
	}

	private SearchAggregation<Map<Long, Long>> podcasts(int terms) {
		return Search.session(entityManager).scope(Appearance.class).aggregation()
			.terms().field(QuoteIndexMapping.PODCAST_ID, Long.class).maxTermCount(terms).toAggregation();
	}

	private SearchAggregation<Map<Range<LocalDate>, Long>> years(List<Range<LocalDate>> years) {
		return Search.session(entityManager).scope(Appearance.class).aggregation()
			.range().field(QuoteIndexMapping.PUBLISHED, LocalDate.class).ranges(years).toAggregation();
	}


	/**
	 * The query spelt as the index has it, when that finds more quotes under the same filters; else
	 * null. Its words that the index lacks are respelt, and below {@link QuoteSearch#SUGGEST_BELOW}
	 * hits its rare words too: a word the index lacks may still find quotes, by its stem
	 * ("genrics" finds "genre").
	 */
	private String suggestion(SearchQuery query, QueryParser.Parsed parsed, long total) {
		String respelt = spelling.respell(query.text(), parsed, total < SUGGEST_BELOW);
		if (respelt == null) {
			return null;
		}
		QueryParser.Parsed corrected = QueryParser.parse(respelt);
		long found = Search.session(entityManager)
			.search(Appearance.class)
			.where(f -> predicate(f, query, corrected))
			.fetchTotalHitCount();
		return found > total ? respelt : null;
	}

	/**
	 * The engine highlights the words, matched on the stemmed field, the one that stores the text;
	 * phrases and prefixes are matched on fields that store none (the text is stored once), and
	 * {@link AcrossCuts#markPhrases} marks them in the quote's own text.
	 */
	@SuppressWarnings("unchecked")
	private static Row row(List<?> values) {
		return new Row((Long) values.get(0), (Float) values.get(1), (List<String>) values.get(2));
	}

	/**
	 * Which exact terms a hit's prefixes matched: the words a prefix was bounded to, or on OpenSearch
	 * (which expands prefixes itself) every word that begins with it; null when the query has none.
	 */
	static Predicate<String> prefixWords(QueryParser.Parsed parsed) {
		Set<String> words = new HashSet<>();
		List<String> prefixes = new ArrayList<>();
		parsed.required().stream().flatMap(List::stream).filter(t -> t.kind() == QueryParser.Kind.PREFIX).forEach(t -> {
			if (t.words() != null) {
				words.addAll(t.words());
			}
			else {
				prefixes.add(t.text().toLowerCase(Locale.ROOT));
			}
		});
		if (words.isEmpty() && prefixes.isEmpty()) {
			return null;
		}
		return term -> words.contains(term) || prefixes.stream().anyMatch(term::startsWith);
	}

	/**
	 * The snippet of a quote with nothing to mark (a query of exclusions only), cut here rather than
	 * by the engine's noMatchSize, which neither Lucene nor OpenSearch passes through the HTML encoder.
	 */
	private static String beginning(String text) {
		if (text.length() <= SNIPPET_CHARS) {
			return text;
		}
		int end = text.lastIndexOf(' ', SNIPPET_CHARS);
		return text.substring(0, end > 0 ? end : SNIPPET_CHARS);
	}

	static PredicateFinalStep predicate(SearchPredicateFactory f, SearchQuery query, QueryParser.Parsed parsed) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		if (parsed.required().isEmpty()) {
			bool.must(f.matchAll());
		}
		for (List<QueryParser.Term> group : parsed.required()) {
			if (group.size() == 1) {
				bool.must(scored(f, group.get(0)));
			}
			else {
				var any = f.bool();
				group.forEach(t -> any.should(scored(f, t)));
				bool.must(any);
			}
		}
		parsed.excluded().forEach(t -> bool.mustNot(term(f, t)));
		if (query.speaker() != null) {
			bool.filter(f.match().field(QuoteIndexMapping.SPEAKER).matching(query.speaker()));
		}
		if (query.podcast() != null) {
			bool.filter(f.match().field(QuoteIndexMapping.PODCAST).matching(query.podcast()));
		}
		if (query.episodeId() != null) {
			bool.filter(f.match().field(QuoteIndexMapping.EPISODE).matching(query.episodeId()));
		}
		if (query.from() != null || query.to() != null) {
			bool.filter(f.range().field(QuoteIndexMapping.PUBLISHED).between(query.from(), query.to()));
		}
		return bool;
	}

	/** A term that a hit must match, a word scoring more in its own forms: see {@link #OWN_FORM_SCORE}. */
	private static SearchPredicate scored(SearchPredicateFactory f, QueryParser.Term term) {
		if (term.kind() != QueryParser.Kind.WORD) {
			return term(f, term);
		}
		var bool = f.bool().must(term(f, term));
		List<String> forms = OwnForms.of(term.text());
		if (!forms.isEmpty()) {
			// its plural or singular: the words OwnForms lists, on the exact field
			bool.should(f.terms().field(QuoteIndexMapping.TEXT_EXACT).matchingAny(forms).constantScore().boost(OWN_FORM_SCORE));
		}
		return bool
			.should(f.match().field(QuoteIndexMapping.TEXT_EXACT).matching(term.text()).constantScore().boost(OWN_FORM_SCORE))
			.toPredicate();
	}

	private static SearchPredicate term(SearchPredicateFactory f, QueryParser.Term term) {
		return switch (term.kind()) {
			case WORD -> f.match().field(QuoteIndexMapping.TEXT).matching(term.text()).toPredicate();
			case PHRASE -> AcrossCuts.phrase(f, term.text());
			case PREFIX -> PrefixExpansion.predicate(f, term);
		};
	}

	private static SortFinalStep sort(SearchSortFactory f, SearchQuery.Sort sort) {
		return switch (sort) {
			case RELEVANCE -> f.score();
			// within a day, episode by episode (the later added first when newest) and each in spoken order
			case NEWEST -> f.field(QuoteIndexMapping.PUBLISHED).desc().missing().last()
				.then().field(QuoteIndexMapping.EPISODE).desc()
				.then().field(QuoteIndexMapping.POSITION);
			case OLDEST -> f.field(QuoteIndexMapping.PUBLISHED).asc().missing().last()
				.then().field(QuoteIndexMapping.EPISODE)
				.then().field(QuoteIndexMapping.POSITION);
		};
	}

}
