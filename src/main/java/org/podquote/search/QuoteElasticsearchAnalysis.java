package org.podquote.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link QuoteAnalysis}, under the same names and with the same Lucene filters
 * ({@code kstem} is Lucene's KStemFilter, {@code minimal_english} its EnglishMinimalStemFilter),
 * for the Elasticsearch/OpenSearch backend, so that the index mapping, the queries and what they
 * find do not depend on the backend.
 */
public class QuoteElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	private static final String POSSESSIVE = "english_possessive";

	private static final String PLURAL_STEM = "english_plural_stem";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		// Lucene's EnglishPossessiveFilter, which the engine exposes only as a stemmer language.
		context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
		context.tokenFilter(PLURAL_STEM).type("stemmer").param("language", "minimal_english");
		context.analyzer(QuoteAnalysis.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters(POSSESSIVE, "lowercase", "asciifolding", "kstem", PLURAL_STEM);
		context.analyzer(QuoteAnalysis.PLURAL)
			.custom()
			.tokenizer("standard")
			.tokenFilters(POSSESSIVE, "lowercase", "asciifolding", PLURAL_STEM);
		context.analyzer(QuoteAnalysis.EXACT).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
		context.normalizer(QuoteAnalysis.SORT).custom().tokenFilters("lowercase", "asciifolding");
	}

}
