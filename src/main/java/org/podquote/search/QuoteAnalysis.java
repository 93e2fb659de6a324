package org.podquote.search;

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
	 * analyzer below or a field of {@link QuoteIndexMapping} changes (2: KStem; 3: the facet sample).
	 * (Indexes before it had none: Porter.)
	 */
	static final String VERSION = "3-sample";

	/** Words: lightly stemmed, so "models" finds "model" and "tested" finds "test". */
	static final String ENGLISH = "english";

	/** A word and its plural or singular alone ("generics", "generic"), to rank them before its other forms. */
	static final String PLURAL = "english_plural";

	/** Exact phrases: lower-cased and folded but not stemmed. */
	static final String EXACT = "exact";

	static final String SORT = "sort";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("kStem")
			.tokenFilter("englishMinimalStem");
		context.analyzer(PLURAL)
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("englishMinimalStem");
		context.analyzer(EXACT).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
		context.normalizer(SORT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
