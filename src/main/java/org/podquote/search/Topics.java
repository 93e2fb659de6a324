package org.podquote.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.podquote.appearance.Appearance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distinctive words and phrases of some quotes (a speaker's, an episode's): those they use
 * far more often than the whole library does. The library's own share of each candidate is
 * counted in the search index, so this works on any backend.
 */
@Service
public class Topics {

	/** How many candidates are checked against the index. */
	static final int CANDIDATES = 40;

	static final int SHOWN = 20;

	/**
	 * A token as the index's standard tokenizer cuts one: letters and digits, with an apostrophe
	 * inside ("don't"), split at hyphens. Every token counts for adjacency, one-letter words and
	 * numbers too, so that a phrase is two words the index also holds side by side: with "a" or
	 * "10" skipped, "lose a life" made the phrase "lose life", which no search finds.
	 */
	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");

	/** A token that can be a topic: a word of letters (and apostrophes), not a number. */
	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']*");

	private final EntityManager entityManager;

	public Topics(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * @param term the word or phrase
	 * @param here in how many of the given quotes it occurs
	 * @param library in how many quotes of the whole library it occurs
	 */
	public record Topic(String term, boolean phrase, long here, long library, double score) {

		/** What to type in the search box to find it. */
		public String query() {
			return phrase ? "\"" + term + "\"" : term;
		}

	}

	/** Topics of {@code texts} (a sample of some quotes) against the library; {@code filter} narrows nothing. */
	@Transactional(readOnly = true)
	public List<Topic> distinctive(List<String> texts, long librarySize) {
		if (texts.isEmpty() || librarySize == 0) {
			return List.of();
		}
		Map<String, Integer> words = new HashMap<>();
		Map<String, Integer> phrases = new HashMap<>();
		count(texts, words, phrases);
		int minimum = texts.size() >= 200 ? 3 : 2;
		List<Topic> topics = new ArrayList<>();
		for (Map.Entry<String, Integer> e : top(words, minimum)) {
			topics.add(score(e.getKey(), false, e.getValue(), texts.size(), librarySize));
		}
		for (Map.Entry<String, Integer> e : top(phrases, minimum)) {
			topics.add(score(e.getKey(), true, e.getValue(), texts.size(), librarySize));
		}
		return topics.stream()
			.filter(t -> t.library() > 0 && t.score() > 0)
			.sorted(Comparator.comparingDouble(Topic::score).reversed())
			.limit(SHOWN)
			.toList();
	}

	/**
	 * The most frequent words and phrases of {@code texts}, with no comparison (for the library
	 * itself); each one the index finds, so that its link never leads to an empty search.
	 */
	@Transactional(readOnly = true)
	public List<Topic> common(List<String> texts) {
		Map<String, Integer> words = new HashMap<>();
		Map<String, Integer> phrases = new HashMap<>();
		count(texts, words, phrases);
		List<Topic> topics = new ArrayList<>();
		top(words, 2).stream()
			.map(e -> new Topic(e.getKey(), false, e.getValue(), libraryCount(e.getKey(), false), e.getValue()))
			.filter(t -> t.library() > 0)
			.limit(SHOWN)
			.forEach(topics::add);
		top(phrases, 2).stream()
			.map(e -> new Topic(e.getKey(), true, e.getValue(), libraryCount(e.getKey(), true), e.getValue()))
			.filter(t -> t.library() > 0)
			.limit(SHOWN / 2)
			.forEach(topics::add);
		return topics;
	}

	/** In how many quotes of the library the index finds the term, as the topic's search looks for it. */
	private long libraryCount(String term, boolean phrase) {
		return Search.session(entityManager)
			.search(Appearance.class)
			.where(f -> phrase ? f.phrase().field(QuoteIndexMapping.TEXT_EXACT).matching(term)
					: f.match().field(QuoteIndexMapping.TEXT_EXACT).matching(term))
			.fetchTotalHitCount();
	}

	private Topic score(String term, boolean phrase, int here, int sampleSize, long librarySize) {
		long library = libraryCount(term, phrase);
		double rateHere = (double) here / sampleSize;
		double rateLibrary = (library + 1.0) / (librarySize + 1.0);
		// How much more often than in the library, weighted by how often: rare flukes rank low.
		double lift = Math.log(rateHere / rateLibrary);
		return new Topic(term, phrase, here, library, lift <= Math.log(1.5) ? 0 : lift * Math.log(1 + here));
	}

	private static void count(List<String> texts, Map<String, Integer> words, Map<String, Integer> phrases) {
		for (String text : texts) {
			Set<String> seenWords = new HashSet<>();
			Set<String> seenPhrases = new HashSet<>();
			String previous = null;
			Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
			while (m.find()) {
				String token = m.group();
				// a number or a stop word is never part of a topic, but it still stands between its neighbours
				String word = WORD.matcher(token).matches() && !Stopwords.is(token) ? token : null;
				if (word != null && word.length() > 2) {
					seenWords.add(word);
				}
				if (previous != null && word != null) {
					seenPhrases.add(previous + " " + word);
				}
				previous = word;
			}
			seenWords.forEach(w -> words.merge(w, 1, Integer::sum));
			seenPhrases.forEach(p -> phrases.merge(p, 1, Integer::sum));
		}
	}

	private static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int minimum) {
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue() >= minimum)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(CANDIDATES)
			.toList();
	}

}
