package org.podquote.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link QuoteAnalysis}, under the same names, for the Elasticsearch/OpenSearch
 * backend, so that the index mapping and the queries do not depend on the backend.
 */
public class QuoteElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	private static final String POSSESSIVE = "english_possessive";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		// Lucene's EnglishPossessiveFilter, which the engine exposes only as a stemmer language.
		context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
		context.analyzer(QuoteAnalysis.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters(POSSESSIVE, "lowercase", "asciifolding", "porter_stem");
		context.analyzer(QuoteAnalysis.EXACT).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
		context.normalizer(QuoteAnalysis.SORT).custom().tokenFilters("lowercase", "asciifolding");
	}

}
