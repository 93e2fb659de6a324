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

	private static final String GRAMS = "podquote_common_grams";

	private static final String GRAMS_QUERY = "podquote_common_grams_query";

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
		String[] common = QuoteAnalysis.commonWords().toArray(String[]::new);
		context.tokenFilter(GRAMS).type("common_grams").param("common_words", common);
		context.tokenFilter(GRAMS_QUERY).type("common_grams").param("common_words", common).param("query_mode", true);
		context.analyzer(QuoteAnalysis.GRAMS).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding", GRAMS);
		context.analyzer(QuoteAnalysis.GRAMS_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", GRAMS_QUERY);
		context.normalizer(QuoteAnalysis.SORT).custom().tokenFilters("lowercase", "asciifolding");
	}

}
