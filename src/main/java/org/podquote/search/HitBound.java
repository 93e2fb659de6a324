package org.podquote.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.podquote.appearance.Appearance;
import org.springframework.stereotype.Component;

/**
 * At most how many quotes a query's words can find, from the term dictionary alone (in how many
 * quotes each word is), without searching: a required word finds no more quotes than have it, a
 * group of words joined by OR no more than its words together, the query no more than its least
 * group. What it cannot bound from the dictionary (a phrase, which may match across a cut; a
 * prefix the engine expands) it does not bound. Lucene only: on OpenSearch nothing is bounded.
 * <p>
 * {@link HibernateQuoteSearch} asks before a query's first search with facets: when even every
 * one of the bound's quotes in the sample would not make the hits "many", the sample's pass can
 * only say "few", and is not made.
 */
@Component
class HitBound {

	static final long NONE = Long.MAX_VALUE;

	private final EntityManagerFactory entityManagerFactory;

	private final OnLucene lucene;

	HitBound(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
		this.lucene = new OnLucene(entityManagerFactory);
	}

	/** The bound, or {@link #NONE}. */
	long of(QueryParser.Parsed parsed) {
		if (parsed.required().isEmpty() || !lucene.test() || parsed.required().stream()
			.flatMap(List::stream)
			.anyMatch(t -> t.kind() == QueryParser.Kind.PHRASE || t.kind() == QueryParser.Kind.PREFIX && t.words() == null)) {
			return NONE;
		}
		LuceneBackend backend = Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class);
		Analyzer english = backend.analyzer(QuoteAnalysis.ENGLISH).orElseThrow();
		try (IndexReader reader = Search.mapping(entityManagerFactory)
			.scope(Appearance.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			long least = NONE;
			for (List<QueryParser.Term> group : parsed.required()) {
				long any = 0;
				for (QueryParser.Term term : group) {
					any += term.kind() == QueryParser.Kind.WORD ? quotes(reader, english, term.text())
							: words(reader, term.words());
				}
				least = Math.min(least, any);
			}
			return least;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A word as the engine matches it: its analyzed tokens on the stemmed field, any of them. */
	private static long quotes(IndexReader reader, Analyzer english, String text) throws IOException {
		long quotes = 0;
		try (TokenStream tokens = english.tokenStream(QuoteIndexMapping.TEXT, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				// documents, not live ones: deleted quotes only make the bound looser
				quotes += reader.docFreq(new Term(QuoteIndexMapping.TEXT, term.toString()));
			}
			tokens.end();
		}
		return quotes;
	}

	/** A bounded prefix: the exact words it stands for ({@link PrefixExpansion}). */
	private static long words(IndexReader reader, List<String> words) throws IOException {
		long quotes = 0;
		for (String word : words) {
			quotes += reader.docFreq(new Term(QuoteIndexMapping.TEXT_EXACT, word));
		}
		return quotes;
	}


}
