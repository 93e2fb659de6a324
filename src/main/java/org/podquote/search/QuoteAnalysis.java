package org.podquote.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the quote index. The Lucene backend has none named {@code english} until it
 * is registered here.
 * <p>
 * Words are stemmed lightly, by KStem and then the plural-only stemmer, not by Porter: Porter cuts
 * "generics", "generated" and "general" alike to "gener", so a search for one found all three.
 * KStem takes a suffix off only where its dictionary knows the shorter word ("tested" is "test",
 * "generated" is "generate", "general" stays), and leaves some plurals it lists as words of their
 * own ("books", "features"), which the plural stemmer after it then takes. What this loses is the
 * "-ing" of words its dictionary holds as words ("running", "building" are not "run", "build").
 */
public class QuoteAnalysis implements LuceneAnalysisConfigurer {

	/**
	 * Which analysis built an index: every document carries it ({@link QuoteIndexMapping#ANALYSIS}),
	 * and {@link IndexCheck} rebuilds an index whose documents carry another. Change it whenever an
	 * analyzer below or a field of {@link QuoteIndexMapping} changes (2: KStem; 3: the facet sample; 4: phrases on {@link #GRAMS};
	 * 5: the text stored once, in {@code text}, with {@code text_exact} no longer highlighted;
	 * 6: no {@code text_plural}, a word's plural or singular found on {@code text_exact} by {@link OwnForms};
	 * 7: the facets counted by the speaker's and the podcast's id, the slugs without doc values).
	 * (Indexes before it had none: Porter.)
	 */
	static final String VERSION = "7-facets-by-id";

	/** Words: lightly stemmed, so "models" finds "model" and "tested" finds "test". */
	static final String ENGLISH = "english";

	/** A word and its plural or singular alone ("generics", "generic"), to rank them before its other forms. */
	static final String PLURAL = "english_plural";

	/** Exact phrases: lower-cased and folded but not stemmed. */
	static final String EXACT = "exact";

	/**
	 * Phrases, fast: the exact words, and each pair of adjacent words of which one is a very common
	 * word ({@code common-words.txt}) as one more term at the first word's position ("a_lot",
	 * "lot_of"), which is Lucene's CommonGramsFilter. A phrase of common words then matches on its
	 * pairs, whose positions are few, rather than on "a" and "of", whose positions are in nearly every
	 * quote; what it finds is the same.
	 */
	static final String GRAMS = "exact_grams";

	/** {@link #GRAMS} for the query: the pairs alone where a word has one (CommonGramsQueryFilter). */
	static final String GRAMS_QUERY = "exact_grams_query";

	/** The word list of {@link #GRAMS}, on the class path. */
	static final String COMMON_WORDS = "org/podquote/search/common-words.txt";

	static final String SORT = "sort";

	/** The token filters of each analyzer, after the standard tokenizer, by their Lucene names. */
	private static final Map<String, List<String>> FILTERS = Map.of(
			ENGLISH, List.of("englishPossessive", "lowercase", "asciiFolding", "kStem", "englishMinimalStem"),
			PLURAL, List.of("englishPossessive", "lowercase", "asciiFolding", "englishMinimalStem"),
			EXACT, List.of("lowercase", "asciiFolding"),
			GRAMS, List.of("lowercase", "asciiFolding", "commonGrams"),
			GRAMS_QUERY, List.of("lowercase", "asciiFolding", "commonGramsQuery"));

	/** The parameters of the filters that take some. */
	private static final Map<String, Map<String, String>> PARAMS = Map.of(
			"commonGrams", Map.of("words", COMMON_WORDS, "ignoreCase", "false"),
			"commonGramsQuery", Map.of("words", COMMON_WORDS, "ignoreCase", "false"));

	private static final String TOKENIZER = "standard";

	/**
	 * The analyzers of the fields that each quote's text is indexed in, one after the other: they
	 * share one run of the tokenizer per text ({@link SharedWords}).
	 */
	private static final Set<String> OF_THE_TEXT = Set.of(ENGLISH, EXACT, GRAMS);

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		FILTERS.forEach((name, filters) -> {
			if (OF_THE_TEXT.contains(name)) {
				context.analyzer(name).instance(build(name, SharedWords.Factory.class));
				return;
			}
			var analyzer = context.analyzer(name).custom().tokenizer(TOKENIZER);
			for (String filter : filters) {
				var step = analyzer.tokenFilter(filter);
				PARAMS.getOrDefault(filter, Map.of()).forEach(step::param);
			}
		});
		context.normalizer(SORT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

	/** The words of {@link #COMMON_WORDS}, for the backends that take them as a list. */
	static List<String> commonWords() {
		try (var in = QuoteAnalysis.class.getClassLoader().getResourceAsStream(COMMON_WORDS)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One of the analyzers above as plain Lucene builds it, for what reads or marks text outside
	 * Hibernate Search: the same definition, not a copy of it.
	 */
	static Analyzer lucene(String name) {
		return build(name, StandardTokenizerFactory.class);
	}

	/** One of the analyzers above, with the tokenizer of this factory. */
	static Analyzer build(String name, Class<? extends TokenizerFactory> tokenizer) {
		try {
			CustomAnalyzer.Builder builder = CustomAnalyzer
				.builder(new ClasspathResourceLoader(QuoteAnalysis.class.getClassLoader()))
				.withTokenizer(tokenizer, new java.util.HashMap<>());
			for (String filter : FILTERS.get(name)) {
				builder.addTokenFilter(filter, new java.util.HashMap<>(PARAMS.getOrDefault(filter, Map.of())));
			}
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
