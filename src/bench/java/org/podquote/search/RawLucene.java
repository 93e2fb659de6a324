package org.podquote.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.carrotsearch.hppc.LongLongHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The benchmark's limit: a search of the app's own index files with plain Lucene, doing what the
 * engine must for one page of the search and nothing else. It opens the index read-only
 * ({@code PODQUOTE_HOME/index/quote}, while the server may hold it), parses the query with the
 * app's {@link QueryParser}, analyzes with the app's analyzers ({@link QuoteAnalysis#lucene}) and
 * builds the query {@link HibernateQuoteSearch} asks for (words on the stemmed field with their own
 * forms ranked first, phrases on the common-grams field and across cuts, prefixes, exclusions, the speaker
 * and podcast filters); it counts every hit exactly, keeps the top 20 by score, highlights their
 * stored text (both highlighted fields, as the app does, 300 characters, HTML-escaped, with
 * {@code <mark>}, and the phrases marked by the app's {@link AcrossCuts#markPhrases}), and counts the speakers and podcasts of all hits by id, as the app's
 * facets do (the top ten of each). Unlike
 * the app it loads no rows from the database, renders nothing and counts no years.
 * <p>
 * In the package of the search so that it reads the same definitions (field names, the parser,
 * the analyzers) without the app making them public; it is compiled with the harness, not the app.
 */
public final class RawLucene implements Closeable {

	/**
	 * What one search found: the exact total, the top hits' snippets, and the two facets (the ten
	 * speaker and podcast ids with most hits: the app turns them into names from a cache).
	 */
	public record Found(long total, List<String> snippets, Map<Long, Long> speakers, Map<Long, Long> podcasts) {
	}

	private static final int TOP = 20;

	private static final int SNIPPET_CHARS = 300;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final Analyzer english = QuoteAnalysis.lucene(QuoteAnalysis.ENGLISH);

	private final Analyzer exact = QuoteAnalysis.lucene(QuoteAnalysis.EXACT);

	private final Analyzer grams = QuoteAnalysis.lucene(QuoteAnalysis.GRAMS_QUERY);

	public RawLucene(Path indexRoot) throws IOException {
		this.reader = DirectoryReader.open(FSDirectory.open(indexRoot.resolve(QuoteIndexMapping.INDEX)));
		this.searcher = new IndexSearcher(reader);
	}

	public long documents() {
		return reader.numDocs();
	}

	/** One page of a search: its first 20 hits by relevance. */
	public Found search(String text, String speaker, String podcast) throws IOException {
		QueryParser.Parsed parsed = QueryParser.parse(text);
		Query query = query(parsed, speaker, podcast);
		Collected collected = collect(query);
		List<String> snippets = new ArrayList<>();
		StoredFields stored = searcher.storedFields();
		Highlighter words = highlighter(query, QuoteIndexMapping.TEXT);
		var prefixed = HibernateQuoteSearch.prefixWords(parsed);
		for (ScoreDoc hit : collected.top().scoreDocs) {
			var document = stored.document(hit.doc, Set.of(QuoteIndexMapping.TEXT));
			try {
				// the text is stored once, in the stemmed field, which the engine highlights; phrases (on the
				// grams field) and prefixes (on the exact one) are marked in that text as the app marks them
				String quote = document.get(QuoteIndexMapping.TEXT);
				String engine = words.getBestFragment(english, QuoteIndexMapping.TEXT, quote);
				snippets.add(AcrossCuts.markPhrases(engine, quote, parsed.requiredPhrases(), prefixed, SNIPPET_CHARS));
			}
			catch (InvalidTokenOffsetsException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return collected.found(snippets);
	}

	/**
	 * The nearest quotes to a query's vector, as the app's meaning mode asks the engine: the
	 * {@value HybridSearch#NEAREST} nearest by HNSW, the top 20 of them with their stored text, the two
	 * facets over all of them.
	 */
	public Found nearest(byte[] vector) throws IOException {
		Collected collected = collect(new KnnByteVectorQuery(QuoteIndexMapping.MEANING, vector, HybridSearch.NEAREST));
		List<String> texts = new ArrayList<>();
		StoredFields stored = searcher.storedFields();
		for (ScoreDoc hit : collected.top().scoreDocs) {
			texts.add(stored.document(hit.doc, Set.of(QuoteIndexMapping.TEXT)).get(QuoteIndexMapping.TEXT));
		}
		return collected.found(texts);
	}

	/** The top 20 of a query's hits and the speakers and podcasts of all of them, in one pass. */
	private record Collected(TopDocs top, Map<Long, Long> speakers, Map<Long, Long> podcasts) {

		Found found(List<String> texts) {
			return new Found(top.totalHits.value, texts, RawLucene.top(speakers), RawLucene.top(podcasts));
		}

	}

	private Collected collect(Query query) throws IOException {
		var top = new TopScoreDocCollectorManager(TOP, null, Integer.MAX_VALUE);
		var facets = new FacetCounts();
		Object[] results = searcher.search(query, new MultiCollectorManager(top, facets));
		@SuppressWarnings("unchecked")
		Map<String, Map<Long, Long>> counts = (Map<String, Map<Long, Long>>) results[1];
		return new Collected((TopDocs) results[0], counts.get(QuoteIndexMapping.SPEAKER_ID),
				counts.get(QuoteIndexMapping.PODCAST_ID));
	}

	private static Highlighter highlighter(Query query, String field) {
		QueryScorer scorer = new QueryScorer(query, field);
		Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
				scorer);
		highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, SNIPPET_CHARS));
		return highlighter;
	}

	private static Map<Long, Long> top(Map<Long, Long> counts) {
		Map<Long, Long> top = new java.util.LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(HibernateQuoteSearch.FACET_SIZE)
			.forEach(e -> top.put(e.getKey(), e.getValue()));
		return top;
	}

	// ------------------------------------------------------------ the query HibernateQuoteSearch asks for

	Query query(QueryParser.Parsed parsed, String speaker, String podcast) {
		BooleanQuery.Builder bool = new BooleanQuery.Builder();
		if (parsed.required().isEmpty()) {
			bool.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		for (List<QueryParser.Term> group : parsed.required()) {
			if (group.size() == 1) {
				bool.add(scored(group.get(0)), Occur.MUST);
			}
			else {
				BooleanQuery.Builder any = new BooleanQuery.Builder();
				group.forEach(t -> any.add(scored(t), Occur.SHOULD));
				bool.add(any.build(), Occur.MUST);
			}
		}
		parsed.excluded().forEach(t -> bool.add(term(t), Occur.MUST_NOT));
		if (speaker != null) {
			bool.add(new TermQuery(new Term(QuoteIndexMapping.SPEAKER, speaker)), Occur.FILTER);
		}
		if (podcast != null) {
			bool.add(new TermQuery(new Term(QuoteIndexMapping.PODCAST, podcast)), Occur.FILTER);
		}
		return bool.build();
	}

	private Query scored(QueryParser.Term term) {
		if (term.kind() != QueryParser.Kind.WORD) {
			return term(term);
		}
		return new BooleanQuery.Builder().add(term(term), Occur.MUST)
			.add(ownForms(term.text()), Occur.SHOULD)
			.add(own(exact, QuoteIndexMapping.TEXT_EXACT, term.text()), Occur.SHOULD)
			.build();
	}

	private static Query own(Analyzer analyzer, String field, String text) {
		return new BoostQuery(new ConstantScoreQuery(orNone(new QueryBuilder(analyzer).createBooleanQuery(field, text))),
				HibernateQuoteSearch.OWN_FORM_SCORE);
	}

	/** A word's plural or singular, as the app finds them: the exact words {@link OwnForms} lists. */
	private static Query ownForms(String text) {
		List<BytesRef> forms = OwnForms.of(text).stream().map(BytesRef::new).toList();
		return new BoostQuery(new ConstantScoreQuery(forms.isEmpty() ? new MatchNoDocsQuery()
				: new TermInSetQuery(QuoteIndexMapping.TEXT_EXACT, forms)), HibernateQuoteSearch.OWN_FORM_SCORE);
	}

	private Query term(QueryParser.Term term) {
		return switch (term.kind()) {
			case WORD -> orNone(new QueryBuilder(english).createBooleanQuery(QuoteIndexMapping.TEXT, term.text()));
			case PHRASE -> new BooleanQuery.Builder()
				.add(phrase(QuoteIndexMapping.TEXT_GRAMS, term.text()), Occur.SHOULD)
				.add(new BooleanQuery.Builder().add(phrase(AcrossCuts.FIELD, term.text()), Occur.MUST)
					.add(phrase(AcrossCuts.LEAD, term.text()), Occur.MUST_NOT)
					.build(), Occur.SHOULD)
				.build();
			case PREFIX -> new WildcardQuery(new Term(QuoteIndexMapping.TEXT_EXACT,
					term.text().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("?", "\\?")
						.replace("*", "\\*") + "*"));
		};
	}

	private Query phrase(String field, String text) {
		return orNone(new QueryBuilder(grams).createPhraseQuery(field, text));
	}

	private static Query orNone(Query query) {
		return query == null ? new MatchNoDocsQuery() : query;
	}

	// ------------------------------------------------------------ facet counts over every hit

	/**
	 * Counts of the speaker and podcast ids of every hit, from their numeric doc values, as the
	 * engine counts them (a terms aggregation on a long field): the values are the same in every
	 * segment, so one map per field serves them all.
	 */
	private static final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<Long, Long>>> {

		private static final String[] FIELDS = { QuoteIndexMapping.SPEAKER_ID, QuoteIndexMapping.PODCAST_ID };

		@Override
		public Counter newCollector() {
			return new Counter();
		}

		@Override
		public Map<String, Map<Long, Long>> reduce(java.util.Collection<Counter> collectors) {
			Map<String, Map<Long, Long>> all = new HashMap<>();
			for (int i = 0; i < FIELDS.length; i++) {
				Map<Long, Long> field = new HashMap<>();
				for (Counter c : collectors) {
					for (var cursor : c.counts[i]) {
						field.merge(cursor.key, cursor.value, Long::sum);
					}
				}
				all.put(FIELDS[i], field);
			}
			return all;
		}

		static final class Counter extends SimpleCollector {

			final LongLongHashMap[] counts = { new LongLongHashMap(), new LongLongHashMap() };

			private final SortedNumericDocValues[] values = new SortedNumericDocValues[FIELDS.length];

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				for (int i = 0; i < FIELDS.length; i++) {
					values[i] = DocValues.getSortedNumeric(context.reader(), FIELDS[i]);
				}
			}

			@Override
			public void collect(int doc) throws IOException {
				for (int i = 0; i < FIELDS.length; i++) {
					if (values[i].advanceExact(doc)) {
						for (int k = 0; k < values[i].docValueCount(); k++) {
							counts[i].addTo(values[i].nextValue(), 1);
						}
					}
				}
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}

		}

	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

}
