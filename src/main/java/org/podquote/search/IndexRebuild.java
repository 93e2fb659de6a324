package org.podquote.search;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingFailureContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingFailureHandler;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.podquote.appearance.Appearance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the search index anew from the database: the one way both the start-up check and the
 * {@code reindex} command do it. The index is dropped and made again rather than purged, so that
 * the engine's own copy of the analyzers is this version's too (OpenSearch keeps them with the
 * index), and because purging OpenSearch needs {@code _delete_by_query}, which a cluster without the
 * reindex module lacks. The first failure ends the rebuild, and {@link Failed} says it in one line.
 * <p>
 * The mass indexer <em>adds</em> documents, assuming the new index holds none of them; a quote
 * written meanwhile by the application (an import, an identity edit, an embedding) may already be
 * there, and on Lucene it would then be there twice. So the rebuild ends by {@linkplain #reconcile()
 * reconciling} the index with the database: whatever id it holds twice or lacks is indexed again
 * (an update replaces every copy), and whatever the database no longer has is removed.
 */
@Component
class IndexRebuild {

	/** A quoted reason in an OpenSearch/Elasticsearch error body: the sentence an operator can act on. */
	private static final Pattern ENGINE_REASON = Pattern.compile("\"reason\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final int MAX_REASON = 300;

	private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

	/** Ids read from the index and re-indexed per round trip. */
	private static final int CHUNK = 10_000;

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	IndexRebuild(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			TransactionTemplate transactions, JdbcTemplate jdbc) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/** Why a rebuild stopped, in one line without a stack trace. */
	static class Failed extends Exception {

		Failed(String reason, Throwable cause) {
			super(reason, cause);
		}

	}

	/** @param monitor told the progress; null for Hibernate Search's own, which logs it */
	void run(MassIndexingMonitor monitor) throws Failed, InterruptedException {
		AtomicReference<Throwable> first = new AtomicReference<>();
		try {
			MassIndexer indexer = Search.mapping(entityManagerFactory)
				.scope(Appearance.class)
				.massIndexer()
				.dropAndCreateSchemaOnStart(true)
				.purgeAllOnStart(false)
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(500)
				.failFast(true)
				.failureHandler(new MassIndexingFailureHandler() {

					@Override
					public void handle(MassIndexingFailureContext context) {
						first.compareAndSet(null, context.throwable());
					}

				});
			if (monitor != null) {
				indexer.monitor(monitor);
			}
			indexer.startAndWait();
		}
		catch (RuntimeException ex) {
			throw new Failed(reason(first.get() != null ? first.get() : ex), ex);
		}
		if (first.get() != null) {
			throw new Failed(reason(first.get()), first.get());
		}
		try {
			reconcile();
		}
		catch (RuntimeException ex) {
			throw new Failed(reason(ex), ex);
		}
	}

	/** What {@link #reconcile()} mended. */
	record Mended(int duplicated, int missing, int stale) {

		boolean nothing() {
			return duplicated == 0 && missing == 0 && stale == 0;
		}

	}

	/**
	 * Makes the index hold each quote of the database exactly once: compares the ids in the index
	 * (all of them, read in chunks) with the database's, indexes again the ids held twice or not at
	 * all, and removes those the database does not have.
	 */
	Mended reconcile() {
		long[] indexed = indexedIds();
		LongList rows = new LongList();
		jdbc.query("select id from appearance order by id", row -> {
			rows.add(row.getLong(1));
		});
		long[] stored = Arrays.copyOf(rows.values, rows.size);
		Arrays.sort(indexed);
		LongList again = new LongList();
		LongList stale = new LongList();
		int duplicated = 0;
		int missing = 0;
		int i = 0;
		int j = 0;
		while (i < indexed.length || j < stored.length) {
			if (j == stored.length || (i < indexed.length && indexed[i] < stored[j])) {
				stale.add(indexed[i]);
				i = skip(indexed, i);
			}
			else if (i == indexed.length || stored[j] < indexed[i]) {
				again.add(stored[j++]);
				missing++;
			}
			else {
				int next = skip(indexed, i);
				if (next - i > 1) {
					again.add(stored[j]);
					duplicated++;
				}
				i = next;
				j++;
			}
		}
		for (int from = 0; from < again.size; from += CHUNK) {
			long[] ids = Arrays.copyOfRange(again.values, from, Math.min(again.size, from + CHUNK));
			transactions.executeWithoutResult(tx -> {
				SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
				for (long id : ids) {
					Appearance quote = entityManager.find(Appearance.class, id);
					if (quote == null) {
						plan.purge(Appearance.class, id, null); // deleted since it was read
					}
					else {
						plan.addOrUpdate(quote);
					}
				}
			});
			entityManager.clear();
		}
		for (int from = 0; from < stale.size; from += CHUNK) {
			long[] ids = Arrays.copyOfRange(stale.values, from, Math.min(stale.size, from + CHUNK));
			transactions.executeWithoutResult(tx -> {
				SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
				for (long id : ids) {
					plan.purge(Appearance.class, id, null);
				}
			});
		}
		Mended mended = new Mended(duplicated, missing, stale.size);
		if (!mended.nothing()) {
			log.info("After the rebuild the index held {} quotes twice, lacked {} and held {} the database no longer has: mended",
					duplicated, missing, stale.size);
		}
		return mended;
	}

	private static int skip(long[] sorted, int at) {
		int next = at + 1;
		while (next < sorted.length && sorted[next] == sorted[at]) {
			next++;
		}
		return next;
	}

	private long[] indexedIds() {
		return transactions.execute(tx -> {
			SearchSession session = Search.session(entityManager);
			LongList ids = new LongList();
			try (SearchScroll<Long> scroll = session.search(Appearance.class)
				.select(f -> f.id(Long.class))
				.where(f -> f.matchAll())
				.scroll(CHUNK)) {
				for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
					chunk.hits().forEach(ids::add);
				}
			}
			return Arrays.copyOf(ids.values, ids.size);
		});
	}

	/** A growing array of ids: a million of them as boxed Longs would be some 20 MB for nothing. */
	private static final class LongList {

		long[] values = new long[1024];

		int size;

		void add(long value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

	}

	/**
	 * The deepest message of a failure, or the engine's own reason when it answered with an error
	 * body (a read-only cluster, a missing index), in one line.
	 */
	static String reason(Throwable failure) {
		String reason = null;
		for (Throwable t = failure; t != null && reason == null; t = t.getCause() == t ? null : t.getCause()) {
			Matcher engine = ENGINE_REASON.matcher(String.valueOf(t.getMessage()));
			if (engine.find()) {
				reason = engine.group(1).replace("\\\"", "\"");
			}
		}
		if (reason == null) {
			Throwable root = failure;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		}
		reason = reason.lines().findFirst().orElse("").replaceAll("^HSEARCH\\d+: ", "").strip();
		return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
	}

}
