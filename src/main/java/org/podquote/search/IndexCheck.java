package org.podquote.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

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
 * changed whose quotes they are, such as V3 turning false people into voices).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "podquote.cli", havingValue = "false", matchIfMissing = true)
class IndexCheck implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexCheck.class);

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final AppearanceRepository appearances;

	private final TransactionTemplate transactions;

	private final IndexStatus status;

	IndexCheck(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			AppearanceRepository appearances, TransactionTemplate transactions, IndexStatus status) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.appearances = appearances;
		this.transactions = transactions;
		this.status = status;
	}

	@Override
	public void run(ApplicationArguments args) {
		long rows = appearances.count();
		long documents = transactions.execute(tx -> Search.session(entityManager)
			.search(Appearance.class)
			.where(f -> f.matchAll())
			.fetchTotalHitCount());
		long attributedRows = appearances.countBySpeakerIsNotNull();
		long attributedDocuments = transactions.execute(tx -> Search.session(entityManager)
			.search(Appearance.class)
			.where(f -> f.exists().field(QuoteIndexMapping.SPEAKER))
			.fetchTotalHitCount());
		if (rows != documents || attributedRows != attributedDocuments) {
			log.info("The search index holds {} quotes ({} of a person), the database {} ({}): rebuilding the index",
					documents, attributedDocuments, rows, attributedRows);
			status.setRebuilding(true);
			Thread worker = new Thread(this::rebuild, "podquote-reindex");
			worker.setDaemon(true);
			worker.start();
		}
	}

	void rebuild() {
		try {
			Search.mapping(entityManagerFactory).scope(Appearance.class).massIndexer().startAndWait();
			log.info("Search index rebuilt");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			status.setRebuilding(false);
		}
	}

}
