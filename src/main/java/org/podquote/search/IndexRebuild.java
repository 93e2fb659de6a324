package org.podquote.search;

import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingFailureContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingFailureHandler;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.podquote.appearance.Appearance;
import org.springframework.stereotype.Component;

/**
 * Builds the search index anew from the database: the one way both the start-up check and the
 * {@code reindex} command do it. The index is dropped and made again rather than purged, so that
 * the engine's own copy of the analyzers is this version's too (OpenSearch keeps them with the
 * index), and because purging OpenSearch needs {@code _delete_by_query}, which a cluster without the
 * reindex module lacks. The first failure ends the rebuild, and {@link Failed} says it in one line.
 */
@Component
class IndexRebuild {

	/** A quoted reason in an OpenSearch/Elasticsearch error body: the sentence an operator can act on. */
	private static final Pattern ENGINE_REASON = Pattern.compile("\"reason\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final int MAX_REASON = 300;

	private final EntityManagerFactory entityManagerFactory;

	IndexRebuild(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
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
