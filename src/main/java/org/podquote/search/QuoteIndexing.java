package org.podquote.search;

import java.util.Collection;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.util.common.SearchException;
import org.podquote.appearance.Appearance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the search index of quotes whose indexed copy of their episode went stale: the index
 * keeps each quote's episode date (see {@link QuoteIndexMapping}) and does not follow an
 * episode's changes by itself. Call inside the transaction that changed the episode; the index is
 * written when it commits. An import first asks {@link #requireWritable()}.
 */
@Component
public class QuoteIndexing {

	private final EntityManager entityManager;

	/** An id no quote has. */
	private static final long NO_QUOTE = -1;

	private final TransactionTemplate transactions;

	QuoteIndexing(EntityManager entityManager, TransactionTemplate transactions) {
		this.entityManager = entityManager;
		this.transactions = transactions;
	}

	/** The search index cannot take writes now: nothing should be stored that it would miss. */
	public static class Unwritable extends Exception {

		Unwritable(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * Checks, before an import stores anything, that the index can be written: on Lucene this takes
	 * the index's write lock (which this process then keeps while it runs), so that an import made
	 * while another process holds it (the web app on a shared PostgreSQL library) stops here rather
	 * than leaving in the database quotes that no search finds; on OpenSearch the cluster must answer.
	 */
	public void requireWritable() throws Unwritable {
		try {
			// A removal of no quote: the writer must be opened, and the lock taken, to carry it out.
			transactions.executeWithoutResult(tx -> {
				SearchSession session = Search.session(entityManager);
				session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
				session.indexingPlan().purge(Appearance.class, NO_QUOTE, null);
				session.indexingPlan().execute();
			});
		}
		catch (SearchException ex) {
			String reason = IndexRebuild.reason(ex);
			if (reason.contains("Lock held") || reason.contains("LockObtainFailed")) {
				throw new Unwritable("the search index is locked by another program (" + reason
						+ "): is the web app running on this library? Stop it, or import through its /admin/import page", ex);
			}
			throw new Unwritable("the search index cannot be written: " + reason, ex);
		}
	}

	public void reindex(Collection<Appearance> appearances) {
		SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
		appearances.forEach(plan::addOrUpdate);
	}

}
