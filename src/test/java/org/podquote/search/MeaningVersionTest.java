package org.podquote.search;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.podquote.appearance.Appearance;
import org.podquote.search.meaning.QuoteEmbedding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background embedder's commits give quotes their meaning and change nothing else: they move the
 * library's second number ({@link LibraryVersion#withMeaning}) and not its version, so the caches of
 * words, counts, people and shows are kept while a large library is embedded for hours, and only
 * what depends on the embeddings is computed again. Any other change of a quote moves both.
 */
@SpringBootTest(properties = { "podquote.meaning.backfill=false", "podquote.test.context=meaning-version" })
class MeaningVersionTest {

	@Autowired
	LibraryVersion version;

	@Autowired
	LibraryCache cache;

	@Autowired
	QuoteEmbedding embedding;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManager entityManager;

	@Test
	void givingQuotesTheirMeaningKeepsTheWordsCachesAndEmptiesTheMeaningOnes() {
		LibraryCache.Bounded<String, Integer> words = cache.bounded(10);
		LibraryCache.Bounded<String, Integer> alike = cache.boundedWithMeaning(10);
		AtomicInteger computed = new AtomicInteger();
		long before = version.current();
		long meaningBefore = version.withMeaning();

		assertThat(embedding.embedNext(8, false)).isEqualTo(8);

		assertThat(version.current()).isEqualTo(before);
		assertThat(version.withMeaning()).isGreaterThan(meaningBefore);
		// nothing is kept within the settling time of a change; a value computed after it is
		awaitSettled();
		int word = words.get("q", computed::incrementAndGet);
		int meaning = alike.get("q", computed::incrementAndGet);
		assertThat(words.get("q", computed::incrementAndGet)).isEqualTo(word);
		assertThat(alike.get("q", computed::incrementAndGet)).isEqualTo(meaning);

		assertThat(embedding.embedNext(8, false)).isEqualTo(8);
		awaitSettled();
		assertThat(words.get("q", computed::incrementAndGet)).as("kept across a meaning-only commit").isEqualTo(word);
		assertThat(alike.get("q", computed::incrementAndGet)).as("computed again").isNotEqualTo(meaning);

		long meaningNow = version.withMeaning();
		transactions.executeWithoutResult(tx -> entityManager
			.createQuery("select a from Appearance a order by a.id", Appearance.class)
			.setMaxResults(1)
			.getSingleResult()
			.setVoice("Voice " + System.nanoTime()));
		assertThat(version.current()).as("any other change of a quote").isGreaterThan(before);
		assertThat(version.withMeaning()).isGreaterThan(meaningNow);
	}

	private void awaitSettled() {
		long wait = LibraryCache.SETTLE.toMillis() + 100;
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
