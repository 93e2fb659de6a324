package org.podquote.search.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives quotes that have none their meaning, a batch at a time, in order of id: each batch's texts
 * are read, embedded outside any transaction (the slow part), then written in one short
 * transaction, whose commit updates their documents in the search index. Nothing else waits for
 * it: an import stores and indexes its quotes' words first, and their meaning follows.
 */
@Component
public class QuoteEmbedding {

	private final EntityManager entityManager;

	private final AppearanceRepository appearances;

	private final TransactionTemplate transactions;

	private final Embedder embedder;

	private final MeaningCoverage coverage;

	/** The highest id done: quotes get higher ids as they are stored, so each pass starts here. */
	private volatile long done;

	QuoteEmbedding(EntityManager entityManager, AppearanceRepository appearances,
			PlatformTransactionManager transactionManager, Embedder embedder, MeaningCoverage coverage) {
		this.entityManager = entityManager;
		this.appearances = appearances;
		this.transactions = new TransactionTemplate(transactionManager);
		this.embedder = embedder;
		this.coverage = coverage;
	}

	private record Pending(long id, String text) {
	}

	/**
	 * Embeds the next batch of quotes without meaning.
	 *
	 * @param allCores on every core (the {@code embed} command), else on the background's threads
	 * @return how many were embedded; 0 when every quote has its meaning
	 */
	public int embedNext(int batch, boolean allCores) {
		List<Pending> pending = transactions.execute(tx -> entityManager
			.createQuery("select a.id, a.text from Appearance a where a.id > :after and a.meaning is null order by a.id",
					Object[].class)
			.setParameter("after", done)
			.setMaxResults(batch)
			.getResultList()
			.stream()
			.map(row -> new Pending((Long) row[0], (String) row[1]))
			.toList());
		if (pending.isEmpty()) {
			return 0;
		}
		List<String> texts = pending.stream().map(Pending::text).toList();
		List<byte[]> vectors = allCores ? embedder.embedOnAllCores(texts) : embedder.embedInBackground(texts);
		Integer written = transactions.execute(tx -> {
			Map<Long, Appearance> found = appearances.findAllWithContext(pending.stream().map(Pending::id).toList())
				.stream()
				.collect(Collectors.toMap(Appearance::getId, Function.identity()));
			int count = 0;
			for (int i = 0; i < pending.size(); i++) {
				Appearance appearance = found.get(pending.get(i).id());
				// a quote deleted meanwhile (its episode imported again) is simply gone
				if (appearance != null && appearance.getMeaning() == null) {
					appearance.setMeaning(vectors.get(i));
					count++;
				}
			}
			return count;
		});
		done = pending.get(pending.size() - 1).id();
		coverage.embedded(written == null ? 0 : written);
		return pending.size();
	}

	/** Starts again from the first quote, as after quotes were stored with lower ids than those done. */
	public void rewind() {
		done = 0;
	}

	/** Every quote embedded, for the {@code embed} command and the tests; calls {@code progress} after each batch. */
	public long embedAll(int batch, boolean allCores, Runnable progress) {
		long total = 0;
		for (int n; (n = embedNext(batch, allCores)) > 0;) {
			total += n;
			progress.run();
		}
		return total;
	}

	/** The ids of quotes embedded since a moment, for tests. */
	List<Long> embeddedIds() {
		return new ArrayList<>(transactions.execute(tx -> entityManager
			.createQuery("select a.id from Appearance a where a.meaning is not null order by a.id", Long.class)
			.getResultList()));
	}

}
