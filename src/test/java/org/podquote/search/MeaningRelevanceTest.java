package org.podquote.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.podquote.importer.ImportJob;
import org.podquote.importer.SharedData;
import org.podquote.search.meaning.QuoteEmbedding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures search by meaning on the committed relevance set ({@code relevance/gotime-meaning.tsv}):
 * paraphrases of Go Time quotes that share no content word with them, and word and phrase queries
 * of the kind the search had before. Imports and embeds only the episodes the set names (of
 * {@code ../shared/data}; skipped where it is missing, failed under {@code CI=true}), runs every
 * query by words, by meaning and both, and reports recall@10 and MRR (of the first ten) for each;
 * by meaning and both must beat words by far on the paraphrases and not lose to it on the rest.
 * Prints the figures and writes them to {@code target/meaning-relevance.txt}.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.test.context=meaning-relevance" })
@DirtiesContext
class MeaningRelevanceTest {

	static final Path SET = Path.of("src/test/resources/relevance/gotime-meaning.tsv");

	static final int TOP = 10;

	@Autowired
	ImportJob job;

	@Autowired
	QuoteEmbedding embedding;

	@Autowired
	QuoteSearch search;

	@Autowired
	JdbcTemplate jdbc;

	record Case(String kind, String episode, String expected, String query) {
	}

	record Score(double recall, double mrr) {
	}

	@Test
	void meaningFindsParaphrasesThatWordsMissAndLosesNothingOnWords() throws IOException {
		List<Case> cases = cases();
		assertThat(cases.stream().filter(c -> c.kind().equals("paraphrase"))).hasSizeGreaterThanOrEqualTo(40);
		Path gotime = SharedData.folder("changelog-transcripts").resolve("gotime");
		Set<String> episodes = new LinkedHashSet<>();
		cases.forEach(c -> episodes.add(c.episode()));
		for (String episode : episodes) {
			assertThat(job.importUpload(episode, Files.readAllBytes(gotime.resolve(episode)), "Go Time").failures()).isEmpty();
		}
		long quotes = jdbc.queryForObject("select count(*) from appearance", Long.class);
		long started = System.nanoTime();
		embedding.embedAll(256, true, () -> {
		});
		double seconds = (System.nanoTime() - started) / 1e9;

		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "%d episodes, %d quotes embedded in %.1f s (%.0f quotes/s)%n",
				episodes.size(), quotes, seconds, quotes / seconds));
		List<Score> paraphrases = new ArrayList<>();
		List<Score> wordQueries = new ArrayList<>();
		for (String kind : List.of("paraphrase", "words")) {
			List<Case> these = cases.stream().filter(c -> c.kind().equals(kind)).toList();
			if (kind.equals("paraphrase")) {
				these.forEach(c -> assertThat(shared(c.query(), textOf(c))).as(c.query()).isEmpty());
			}
			for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
				Score score = score(these, mode);
				(kind.equals("paraphrase") ? paraphrases : wordQueries).add(score);
				report.append(String.format(Locale.ROOT, "%-10s %-7s %2d queries  recall@10 %.2f  MRR %.2f%n", kind,
						mode.name().toLowerCase(Locale.ROOT), these.size(), score.recall(), score.mrr()));
			}
		}
		System.out.print(report);
		Files.writeString(Path.of("target", "meaning-relevance.txt"), report);

		Score words = paraphrases.get(SearchQuery.Mode.WORDS.ordinal());
		for (SearchQuery.Mode mode : List.of(SearchQuery.Mode.MEANING, SearchQuery.Mode.BOTH)) {
			Score score = paraphrases.get(mode.ordinal());
			assertThat(score.recall()).as(mode + " recall@10 on paraphrases").isGreaterThanOrEqualTo(words.recall() + 0.5);
			assertThat(score.mrr()).as(mode + " MRR on paraphrases").isGreaterThanOrEqualTo(words.mrr() + 0.3);
		}
		Score wordsOnWords = wordQueries.get(SearchQuery.Mode.WORDS.ordinal());
		Score bothOnWords = wordQueries.get(SearchQuery.Mode.BOTH.ordinal());
		assertThat(bothOnWords.recall()).as("both recall@10 on word queries").isGreaterThanOrEqualTo(wordsOnWords.recall());
		assertThat(bothOnWords.mrr()).as("both MRR on word queries").isGreaterThanOrEqualTo(wordsOnWords.mrr());
	}

	private Score score(List<Case> cases, SearchQuery.Mode mode) {
		double found = 0;
		double reciprocal = 0;
		for (Case c : cases) {
			List<QuoteHit> hits = search
				.search(new SearchQuery(c.query(), null, null, null, null, null, null, 0, TOP, false, mode))
				.hits();
			for (int i = 0; i < hits.size(); i++) {
				if (hits.get(i).quote().text().contains(c.expected())) {
					found++;
					reciprocal += 1.0 / (i + 1);
					break;
				}
			}
		}
		return new Score(found / cases.size(), reciprocal / cases.size());
	}

	/** The quote the case expects, as stored: the one passage that holds its piece of text. */
	private String textOf(Case c) {
		List<String> texts = jdbc.queryForList("select text from appearance where text like ?", String.class,
				"%" + c.expected().replace("%", "\\%").replace("_", "\\_") + "%");
		assertThat(texts).as(c.expected()).hasSize(1);
		return texts.get(0);
	}

	/** Words that carry no content: Lucene's English stop words and the pronouns, auxiliaries and particles of speech. */
	static final CharArraySet FUNCTION_WORDS = new CharArraySet(List.of(("a an and are as at be but by for if in into is it "
			+ "no not of on or such that the their then there these they this to was will with i i'm i'll i've me my "
			+ "mine myself you you're your yours we we're our us he him his she her its it's them who whom what which "
			+ "when where why how do does did done can can't could would should shouldn't must may might shall have "
			+ "has had been being am were so than too very just also only even more most much many few some any all "
			+ "every each both one other else from up down out off over under again once here now way let let's "
			+ "don't doesn't didn't isn't wasn't won't yes yeah oh").split(" ")), true);

	/** The content words (English stems, function words aside) the two texts share. */
	static Set<String> shared(String a, String b) {
		Set<String> words = stems(a);
		words.retainAll(stems(b));
		return words;
	}

	private static Set<String> stems(String text) {
		Set<String> stems = new HashSet<>();
		try (EnglishAnalyzer analyzer = new EnglishAnalyzer(FUNCTION_WORDS);
				TokenStream tokens = analyzer.tokenStream("t", new StringReader(text))) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				stems.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return stems;
	}

	private static List<Case> cases() throws IOException {
		List<Case> cases = new ArrayList<>();
		for (String line : Files.readAllLines(SET, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t");
			cases.add(new Case(cells[0], cells[1], cells[2], cells[3]));
		}
		return cases;
	}

}
