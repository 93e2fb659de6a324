package org.podquote.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.podquote.appearance.Appearance;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": for a word that is rare or absent in the index, a spelling from the index's own
 * words, unstemmed ({@link QuoteIndexMapping#TEXT_EXACT}). One rule on both engines, of which only
 * the listing of candidates is the engine's: words of at least {@value #MIN_LENGTH} letters that
 * are in at most {@value #RARE} quotes are checked; a candidate begins with the same letter, is one
 * edit away (two from six letters on; a swap of neighbours is one edit) and is in more quotes than
 * the word; the fewest edits win, then the most quotes. Words the index lacks go before rare ones
 * (see {@link #respell}). Lucene lists the candidates from its term
 * dictionary with a Levenshtein automaton ({@link FuzzyTermsEnum}, what its DirectSpellChecker
 * uses); OpenSearch with its {@code term} suggester (the same DirectSpellChecker, in the node), told
 * the same limits, whose candidates are then ranked here like Lucene's.
 */
@Component
class Spelling {

	static final int MIN_LENGTH = 4;

	/** A word in more quotes than this is taken to be spelt as meant. */
	static final int RARE = 2;

	/** Candidates must share this many leading letters with the word, as people rarely mistype the first. */
	static final int PREFIX = 1;

	/** How many candidates OpenSearch returns per word, nearest first, for the ranking here. */
	static final int CANDIDATES = 25;

	private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final OnLucene lucene;

	Spelling(EntityManagerFactory entityManagerFactory, EntityManager entityManager) {
		this.entityManagerFactory = entityManagerFactory;
		this.lucene = new OnLucene(entityManagerFactory);
		this.entityManager = entityManager;
	}

	/** A word of the index and in how many quotes it is. */
	record Candidate(String term, long quotes) {
	}

	/**
	 * The query with its words spelt as the index has them, or null when none needs it. Words the
	 * index lacks are the likely slips: when some have a spelling, only they are changed, and a rare
	 * word beside them ("function" in "genric function") is left as it is; when none do, and
	 * {@code rareToo}, the rare words are changed.
	 */
	String respell(String text, QueryParser.Parsed parsed, boolean rareToo) {
		List<String> words = new ArrayList<>();
		for (List<QueryParser.Term> group : parsed.required()) {
			for (QueryParser.Term term : group) {
				if (term.kind() != QueryParser.Kind.PREFIX) {
					LETTERS.matcher(term.text()).results().map(MatchResult::group).forEach(words::add);
				}
			}
		}
		Map<String, String> corrections = corrections(words);
		Map<String, String> missing = new LinkedHashMap<>(corrections);
		missing.keySet().removeIf(word -> quotes(word) > 0);
		if (!missing.isEmpty() || !rareToo) {
			corrections = missing;
		}
		if (corrections.isEmpty()) {
			return null;
		}
		String respelt = text;
		for (Map.Entry<String, String> fix : corrections.entrySet()) {
			respelt = Pattern.compile("(?<!\\p{L})" + Pattern.quote(fix.getKey()) + "(?!\\p{L})")
				.matcher(respelt)
				.replaceAll(Matcher.quoteReplacement(fix.getValue()));
		}
		return respelt;
	}

	/**
	 * Spellings for those of the words that have one, by word as given.
	 *
	 * @param words words of letters only
	 */
	Map<String, String> corrections(Collection<String> words) {
		List<String> checked = words.stream().distinct().filter(w -> w.codePointCount(0, w.length()) >= MIN_LENGTH).toList();
		if (checked.isEmpty()) {
			return Map.of();
		}
		return lucene.test() ? onLucene(checked) : onOpenSearch(checked);
	}

	private long quotes(String word) {
		return Search.session(entityManager)
			.search(Appearance.class)
			.where(f -> f.match().field(QuoteIndexMapping.TEXT_EXACT).matching(word))
			.fetchTotalHitCount();
	}

	/** The best candidate for {@code term} (the word as the index holds it), by the rule above. */
	static Optional<String> best(String term, long quotes, List<Candidate> candidates) {
		int maxEdits = maxEdits(term);
		return candidates.stream()
			.filter(c -> c.quotes() > quotes && !c.term().equals(term) && c.term().regionMatches(0, term, 0, PREFIX))
			.map(c -> Map.entry(c, edits(term, c.term())))
			.filter(e -> e.getValue() <= maxEdits)
			.min(Comparator.<Map.Entry<Candidate, Integer>>comparingInt(Map.Entry::getValue)
				.thenComparing(e -> -e.getKey().quotes())
				.thenComparing(e -> e.getKey().term()))
			.map(e -> e.getKey().term());
	}

	static int maxEdits(String term) {
		return term.codePointCount(0, term.length()) >= 6 ? 2 : 1;
	}

	/** Edits from one word to the other: letters put in, left out, changed, or two neighbours swapped. */
	static int edits(String a, String b) {
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		int[][] d = new int[x.length + 1][y.length + 1];
		for (int i = 0; i <= x.length; i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= y.length; j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= x.length; i++) {
			for (int j = 1; j <= y.length; j++) {
				int cost = x[i - 1] == y[j - 1] ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[x.length][y.length];
	}


	private Map<String, String> onLucene(List<String> words) {
		Analyzer exact = Search.mapping(entityManagerFactory)
			.backend()
			.unwrap(LuceneBackend.class)
			.analyzer(QuoteAnalysis.EXACT)
			.orElseThrow();
		Map<String, String> corrections = new LinkedHashMap<>();
		try (IndexReader reader = Search.mapping(entityManagerFactory)
			.scope(Appearance.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			Terms terms = MultiTerms.getTerms(reader, QuoteIndexMapping.TEXT_EXACT);
			if (terms == null) {
				return Map.of();
			}
			for (String word : words) {
				String term = term(exact, word);
				if (term == null) {
					continue;
				}
				Term asked = new Term(QuoteIndexMapping.TEXT_EXACT, term);
				int quotes = reader.docFreq(asked);
				if (quotes > RARE) {
					continue;
				}
				List<Candidate> candidates = new ArrayList<>();
				FuzzyTermsEnum near = new FuzzyTermsEnum(terms, asked, maxEdits(term), PREFIX, true);
				for (BytesRef found = near.next(); found != null; found = near.next()) {
					candidates.add(new Candidate(found.utf8ToString(), near.docFreq()));
				}
				best(term, quotes, candidates).ifPresent(fix -> corrections.put(word, fix));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return corrections;
	}

	/** The one term the exact analyzer makes of a word, or null when it makes none or several. */
	private static String term(Analyzer analyzer, String word) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(QuoteIndexMapping.TEXT_EXACT, word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms.size() == 1 ? terms.get(0) : null;
	}

	/**
	 * One term suggester per word, in one request that finds no quotes. In {@code popular} mode the
	 * engine keeps only candidates in more quotes than the word, and {@code max_term_freq} leaves out
	 * words in more than {@value #RARE} quotes, so the word's own count is not needed here.
	 */
	private Map<String, String> onOpenSearch(List<String> words) {
		JsonObject suggest = new JsonObject();
		for (int i = 0; i < words.size(); i++) {
			JsonObject term = new JsonObject();
			term.addProperty("field", QuoteIndexMapping.TEXT_EXACT);
			term.addProperty("suggest_mode", "popular");
			term.addProperty("max_term_freq", RARE);
			term.addProperty("min_word_length", MIN_LENGTH);
			term.addProperty("prefix_length", PREFIX);
			term.addProperty("max_edits", maxEdits(words.get(i)));
			term.addProperty("accuracy", 0.0);
			term.addProperty("size", CANDIDATES);
			JsonObject entry = new JsonObject();
			entry.addProperty("text", words.get(i));
			entry.add("term", term);
			suggest.add("w" + i, entry);
		}
		ElasticsearchSearchResult<Long> result = Search.session(entityManager)
			.search(Appearance.class)
			.extension(ElasticsearchExtension.get())
			.select(f -> f.id(Long.class))
			.where(f -> f.matchNone())
			.requestTransformer(context -> context.body().add("suggest", suggest))
			.fetch(0);
		JsonObject answers = result.responseBody().getAsJsonObject("suggest");
		Map<String, String> corrections = new LinkedHashMap<>();
		for (int i = 0; i < words.size(); i++) {
			JsonArray entries = answers == null ? null : answers.getAsJsonArray("w" + i);
			if (entries == null || entries.size() != 1) {
				continue;
			}
			JsonObject entry = entries.get(0).getAsJsonObject();
			List<Candidate> candidates = new ArrayList<>();
			for (JsonElement option : entry.getAsJsonArray("options")) {
				JsonObject o = option.getAsJsonObject();
				candidates.add(new Candidate(o.get("text").getAsString(), o.get("freq").getAsLong()));
			}
			String word = words.get(i);
			best(entry.get("text").getAsString(), 0, candidates).ifPresent(fix -> corrections.put(word, fix));
		}
		return corrections;
	}

}
