package org.podquote.search.meaning;

import jakarta.persistence.EntityManager;

import org.podquote.search.EmbeddedCount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many quotes have their meaning, for the search page's "meaning search covers 62% of
 * quotes" while the background embedder catches up. Counted once, then kept by the embedder's
 * batches; counted again when the number of quotes changed (an import, a deletion).
 */
@Component
public class MeaningCoverage {

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final MeaningProperties properties;

	private long embedded = -1;

	private long total = -1;

	/** When the quotes were last counted: a count is a scan on PostgreSQL, so at most every few seconds. */
	private long countedAt;

	private static final long RECOUNT_NANOS = 10_000_000_000L;

	MeaningCoverage(EntityManager entityManager, PlatformTransactionManager transactionManager,
			MeaningProperties properties) {
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
		this.properties = properties;
	}

	/** Of quotes, embedded and in all. */
	public record Coverage(long embedded, long total) {

		/** Whole percent, rounded down, so that 99.6% is not "100%". */
		public int percent() {
			return total == 0 ? 100 : (int) (embedded * 100 / total);
		}

		public boolean complete() {
			return embedded >= total;
		}

		public boolean none() {
			return embedded == 0;
		}

	}

	/** Whether search by meaning is on at all ({@code podquote.meaning.enabled}). */
	public boolean enabled() {
		return properties.enabled();
	}

	/** Whether the web app embeds what is missing by itself ({@code podquote.meaning.backfill}). */
	public boolean inBackground() {
		return properties.enabled() && properties.backfill();
	}

	public synchronized Coverage current() {
		long now = System.nanoTime();
		if (embedded < 0 || now - countedAt > RECOUNT_NANOS) {
			long quotes = count("select count(a) from Appearance a");
			if (embedded < 0 || quotes != total) {
				embedded = countEmbedded();
				total = quotes;
			}
			countedAt = now;
		}
		return new Coverage(Math.min(embedded, total), total);
	}

	/** Counts again at the next look, as after quotes were written elsewhere. */
	public synchronized void forget() {
		embedded = -1;
	}

	synchronized void embedded(long count) {
		if (embedded >= 0) {
			embedded += count;
		}
	}

	private long countEmbedded() {
		Long onLucene = transactions.execute(tx -> EmbeddedCount.onLucene(entityManager));
		return onLucene != null && onLucene >= 0 ? onLucene
				: count("select count(a) from Appearance a where a.meaning is not null");
	}

	private long count(String jpql) {
		Long count = transactions.execute(tx -> entityManager.createQuery(jpql, Long.class).getSingleResult());
		return count == null ? 0 : count;
	}

}
