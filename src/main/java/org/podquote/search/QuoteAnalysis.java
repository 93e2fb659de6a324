package org.podquote.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the quote index. The Lucene backend has none named {@code english} until it
 * is registered here.
 */
public class QuoteAnalysis implements LuceneAnalysisConfigurer {

	/** Words: stemmed, so "models" finds "model". */
	static final String ENGLISH = "english";

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
			.tokenFilter("porterStem");
		context.analyzer(EXACT).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
		context.normalizer(SORT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
