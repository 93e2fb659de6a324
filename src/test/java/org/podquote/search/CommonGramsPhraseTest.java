package org.podquote.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podquote.appearance.Appearance;
import org.podquote.importer.ImportJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phrases are matched on the field with pairs of common words ({@link QuoteAnalysis#GRAMS}): what
 * they find must be what the plain phrase on the exact words finds, and their words must still be
 * marked. The fixture is written here: sentences full of common words, in and out of order.
 */
@SpringBootTest(properties = "podquote.test.context=common-grams")
class CommonGramsPhraseTest {

	static final List<String> LINES = List.of("There is a lot of the same code in both.",
			"A lot of people think of the browser as an app.", "Of a lot, the most of it is at the end of the day.",
			"It is what it is, and that's the end.", "The end is at the start: at the end, the start.",
			"I don't know if that's the hard part of it.", "That is the hard part, I don't know.",
			"Lot of a: the words out of order, a of lot.", "In the browser the code runs in the end.",
			"The the the, and of of of, a a lot lot of of.", "Just like that, it's the one.",
			"A pull request is not a lot.", "So, so what? It's not what you think it is.");

	@Autowired
	QuoteSearch search;

	@Autowired
	ImportJob importJob;

	@Autowired
	EntityManager entityManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void importTheFixture() {
		if (search.search(SearchQuery.of("browser", 0, 1)).total() > 0) {
			return;
		}
		StringBuilder transcript = new StringBuilder();
		for (int i = 0; i < LINES.size(); i++) {
			transcript.append(i % 2 == 0 ? "**Pat Common:** " : "**Lee Often:** ").append(LINES.get(i)).append("\n\n");
		}
		assertThat(importJob.importUpload("common.md", transcript.toString().getBytes(StandardCharsets.UTF_8),
				"Common Words").failures()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a lot of", "a lot", "lot of", "of the", "the end", "at the end", "is at the end of the",
			"the", "of", "it is", "it is what it is", "that's the", "don't know", "the hard part", "in the browser",
			"the the", "of of of", "a of lot", "pull request", "not a lot", "so what", "what you think it is",
			"of a lot the most" })
	void aPhraseFindsWhatThePlainPhraseFinds(String phrase) {
		Set<Long> plain = plainPhrase(phrase);
		Set<Long> found = new TreeSet<>();
		search.search(SearchQuery.of("\"" + phrase + "\"", 0, 100)).hits().forEach(h -> found.add(h.quote().id()));

		assertThat(found).as(phrase).isEqualTo(plain);
	}

	@Test
	void theFixtureHasPhrasesToFindAndPairsInTheIndex() throws Exception {
		assertThat(plainPhrase("a lot of")).hasSize(2);
		assertThat(plainPhrase("at the end")).hasSize(2);
		try (IndexReader reader = Search.mapping(entityManagerFactory)
			.scope(Appearance.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			assertThat(reader.docFreq(new Term(QuoteIndexMapping.TEXT_GRAMS, "a_lot"))).isEqualTo(5);
			assertThat(reader.docFreq(new Term(QuoteIndexMapping.TEXT_GRAMS, "lot_of"))).isEqualTo(4);
			assertThat(reader.docFreq(new Term(QuoteIndexMapping.TEXT_EXACT, "a_lot"))).isZero();
		}
	}

	@Test
	void thePhraseIsMarkedInTheSnippet() {
		List<String> snippets = new ArrayList<>();
		search.search(SearchQuery.of("\"a lot of\"", 0, 10)).hits().forEach(h -> snippets.add(h.snippetHtml()));

		assertThat(snippets).containsExactlyInAnyOrder("There is <mark>a lot of</mark> the same code in both.",
				"<mark>A lot of</mark> people think of the browser as an app.");
		assertThat(search.search(SearchQuery.of("\"at the end\"", 0, 10)).hits())
			.extracting(QuoteHit::snippetHtml)
			.containsExactlyInAnyOrder("Of a lot, the most of it is <mark>at the end</mark> of the day.",
					"The end is at the start: <mark>at the end</mark>, the start.");
	}

	/** The quotes whose exact words hold the phrase, by a phrase query on the exact field alone. */
	private Set<Long> plainPhrase(String phrase) {
		return transactions.execute(tx -> new TreeSet<>(Search.session(entityManager)
			.search(Appearance.class)
			.select(f -> f.id(Long.class))
			.where(f -> f.phrase().field(QuoteIndexMapping.TEXT_EXACT).matching(phrase))
			.fetchHits(1000)));
	}

}
