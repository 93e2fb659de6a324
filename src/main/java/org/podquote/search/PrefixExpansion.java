package org.podquote.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import jakarta.persistence.EntityManagerFactory;

import com.google.gson.JsonObject;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.podquote.appearance.Appearance;
import org.springframework.stereotype.Component;

/**
 * Bounds what {@code prefix*} terms cost: each stands for at most {@value #PER_TERM} words of the
 * index (its most frequent), and a query for at most {@value #PER_QUERY} in all, so that "a* b* c*
 * ..." cannot make the engine visit every posting of the library. On Lucene the words are listed
 * from the term dictionary here and searched as a set, with a note when a prefix begins more; a
 * prefix past the query's budget is searched as the word it spells, with a note. On OpenSearch,
 * whose term dictionary is not listed from outside, the engine takes the {@value #PER_TERM} top
 * words itself ({@code rewrite: top_terms_N}) and the query's budget counts each prefix as that
 * many.
 */
@Component
class PrefixExpansion {

	static final int PER_TERM = 64;

	static final int PER_QUERY = 256;

	/** Words of a prefix looked at for the most frequent: past that the prefix is taken as begun by more. */
	static final int SCANNED = 50_000;

	private final EntityManagerFactory entityManagerFactory;

	private final OnLucene lucene;

	PrefixExpansion(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
		this.lucene = new OnLucene(entityManagerFactory);
	}

	/** The query with its prefixes bounded, and a note for each that was. */
	QueryParser.Parsed bound(QueryParser.Parsed parsed) {
		if (parsed.required().stream().flatMap(List::stream).noneMatch(PrefixExpansion::isPrefix)
				&& parsed.excluded().stream().noneMatch(PrefixExpansion::isPrefix)) {
			return parsed;
		}
		List<QueryNote> notes = new ArrayList<>(parsed.notes());
		int[] budget = { PER_QUERY };
		try (Words words = words()) {
			List<List<QueryParser.Term>> required = new ArrayList<>();
			for (List<QueryParser.Term> group : parsed.required()) {
				required.add(group.stream().map(term -> bound(term, words, budget, notes)).toList());
			}
			List<QueryParser.Term> excluded = parsed.excluded()
				.stream()
				.map(term -> bound(term, words, budget, notes))
				.toList();
			return new QueryParser.Parsed(required, excluded, List.copyOf(notes));
		}
	}

	private QueryParser.Term bound(QueryParser.Term term, Words words, int[] budget, List<QueryNote> notes) {
		if (!isPrefix(term)) {
			return term;
		}
		if (budget[0] <= 0) {
			notes.add(new QueryNote(QueryNote.PREFIX_BUDGET, term.text() + "*"));
			return new QueryParser.Term(QueryParser.Kind.WORD, term.text());
		}
		int most = Math.min(PER_TERM, budget[0]);
		if (words == null) {
			budget[0] -= PER_TERM;
			return term;
		}
		Listed listed = words.beginning(term.text(), most);
		budget[0] -= listed.words().size();
		if (listed.more()) {
			notes.add(new QueryNote(QueryNote.PREFIX_CAPPED, term.text() + "*"));
		}
		return new QueryParser.Term(QueryParser.Kind.PREFIX, term.text(), listed.words());
	}

	private static boolean isPrefix(QueryParser.Term term) {
		return term.kind() == QueryParser.Kind.PREFIX && term.words() == null;
	}

	/** What a prefix term matches: its listed words, or on OpenSearch the engine's top words. */
	static SearchPredicate predicate(SearchPredicateFactory f, QueryParser.Term term) {
		if (term.words() != null) {
			return term.words().isEmpty() ? f.matchNone().toPredicate()
					: f.terms().field(QuoteIndexMapping.TEXT_EXACT).matchingAny(term.words()).toPredicate();
		}
		try {
			JsonObject prefix = new JsonObject();
			prefix.addProperty("value", term.text().toLowerCase(java.util.Locale.ROOT));
			prefix.addProperty("rewrite", "top_terms_" + PER_TERM);
			JsonObject field = new JsonObject();
			field.add(QuoteIndexMapping.TEXT_EXACT, prefix);
			JsonObject query = new JsonObject();
			query.add("prefix", field);
			return f.extension(ElasticsearchExtension.get()).fromJson(query).toPredicate();
		}
		catch (SearchException ex) {
			// Lucene, with a term nobody bounded (a respelt query's): the engine's own prefix query
			return f.wildcard()
				.field(QuoteIndexMapping.TEXT_EXACT)
				.matching(term.text().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("?", "\\?")
					.replace("*", "\\*") + "*")
				.toPredicate();
		}
	}

	/** A prefix's most frequent words, and whether it begins more. */
	record Listed(List<String> words, boolean more) {
	}

	/** The index's words on Lucene, for one query; null on OpenSearch. */
	private Words words() {
		return lucene.test() ? new Words() : null;
	}

	private final class Words implements AutoCloseable {

		private final IndexReader reader;

		private final Analyzer exact;

		private final Terms terms;

		Words() {
			this.exact = Search.mapping(entityManagerFactory)
				.backend()
				.unwrap(LuceneBackend.class)
				.analyzer(QuoteAnalysis.EXACT)
				.orElseThrow();
			this.reader = Search.mapping(entityManagerFactory)
				.scope(Appearance.class)
				.extension(LuceneExtension.get())
				.openIndexReader();
			try {
				this.terms = MultiTerms.getTerms(reader, QuoteIndexMapping.TEXT_EXACT);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		Listed beginning(String text, int most) {
			if (terms == null) {
				return new Listed(List.of(), false);
			}
			// as the index wrote its words: lower case, accents folded
			BytesRef prefix = exact.normalize(QuoteIndexMapping.TEXT_EXACT, text);
			record Word(String text, int quotes) {
			}
			// the least frequent on top, to be let go first; of equals, the last in the alphabet
			PriorityQueue<Word> top = new PriorityQueue<>(
					Comparator.comparingInt(Word::quotes).thenComparing(Word::text, Comparator.reverseOrder()));
			int seen = 0;
			try {
				TermsEnum words = terms.iterator();
				if (words.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
					return new Listed(List.of(), false);
				}
				for (BytesRef word = words.term(); word != null && StringHelper.startsWith(word, prefix)
						&& seen < SCANNED; word = words.next()) {
					seen++;
					top.add(new Word(word.utf8ToString(), words.docFreq()));
					if (top.size() > most) {
						top.poll();
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			List<String> listed = top.stream()
				.sorted(Comparator.comparingInt(Word::quotes).reversed().thenComparing(Word::text))
				.map(Word::text)
				.toList();
			return new Listed(listed, seen > most);
		}

		@Override
		public void close() {
			try {
				reader.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
