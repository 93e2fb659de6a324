package org.podquote.search;

import java.time.Clock;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, compares the index with the database and rebuilds it in the background when it is
 * missing or out of step (a deleted index folder, an import that stopped half-way, a migration that
 * changed whose quotes they are, such as V3 turning false people into voices), or was built by
 * another analysis than this version's: each document carries the {@link QuoteAnalysis#VERSION}
 * that built it, and an index from before has documents without it. A rebuild that fails is said
 * once in the log, and stays said on the search page and in {@code /actuator/health} ({@link
 * IndexStatus}) until one succeeds.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "podquote.cli", havingValue = "false", matchIfMissing = true)
class IndexCheck implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexCheck.class);

	private final IndexRebuild rebuild;

	private final EntityManager entityManager;

	private final AppearanceRepository appearances;

	private final TransactionTemplate transactions;

	private final IndexStatus status;

	private final Clock clock;

	private final LibraryVersion version;

	IndexCheck(IndexRebuild rebuild, EntityManager entityManager, AppearanceRepository appearances,
			TransactionTemplate transactions, IndexStatus status, Clock clock, LibraryVersion version) {
		this.rebuild = rebuild;
		this.version = version;
		this.entityManager = entityManager;
		this.appearances = appearances;
		this.transactions = transactions;
		this.status = status;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Counts counts = counts();
		String reason = counts.outOfStep();
		if (reason != null) {
			log.info("{}: rebuilding the search index", reason);
			status.rebuilding(clock.instant());
			Thread worker = new Thread(this::rebuild, "podquote-reindex");
			worker.setDaemon(true);
			worker.start();
		}
	}

	/**
	 * @param current documents built by this version's analysis
	 */
	record Counts(long rows, long documents, long attributedRows, long attributedDocuments, long current) {

		/** Why the index is out of step with the database or with this version, or null when it is not. */
		String outOfStep() {
			if (rows != documents || attributedRows != attributedDocuments) {
				return String.format("The search index holds %d quotes (%d of a person), the database %d (%d)", documents,
						attributedDocuments, rows, attributedRows);
			}
			if (current != documents) {
				return String.format("%d of the %d quotes in the search index were indexed by another analysis than %s",
						documents - current, documents, QuoteAnalysis.VERSION);
			}
			return null;
		}

	}

	Counts counts() {
		return new Counts(appearances.count(), count(f -> f.matchAll()), appearances.countBySpeakerIsNotNull(),
				count(f -> f.exists().field(QuoteIndexMapping.SPEAKER)),
				count(f -> f.match().field(QuoteIndexMapping.ANALYSIS).matching(QuoteAnalysis.VERSION)));
	}

	private long count(Function<SearchPredicateFactory, PredicateFinalStep> predicate) {
		return transactions.execute(
				tx -> Search.session(entityManager).search(Appearance.class).where(predicate).fetchTotalHitCount());
	}

	/** Rebuilds the index, and says in the status how that ended: see {@link IndexRebuild}. */
	void rebuild() {
		status.rebuilding(clock.instant());
		try {
			rebuild.run(null);
			status.rebuilt(clock.instant());
			log.info("Search index rebuilt: {} quotes", count(f -> f.matchAll()));
		}
		catch (IndexRebuild.Failed ex) {
			status.failed(clock.instant(), ex.getMessage());
			log.error("The search index could not be rebuilt, so searches miss quotes until it is: {} "
					+ "(run `reindex` once the cause is mended)", ex.getMessage());
			log.debug("The rebuild's failure", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			status.failed(clock.instant(), "interrupted");
		}
		finally {
			// what was counted in the index while it was rebuilt is counted again
			version.changed();
		}
	}

}
