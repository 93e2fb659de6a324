package org.podquote.search;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.system.CliCommand;
import org.podquote.system.ConsoleProgress;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/** {@code java -jar podquote.jar reindex}: rebuilds the search index from the database, with a progress bar. */
@Component
class ReindexCommand implements CliCommand {

	private final EntityManagerFactory entityManagerFactory;

	private final AppearanceRepository appearances;

	private final Clock clock;

	ReindexCommand(EntityManagerFactory entityManagerFactory, AppearanceRepository appearances, Clock clock) {
		this.entityManagerFactory = entityManagerFactory;
		this.appearances = appearances;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "reindex";
	}

	@Override
	public int run(ApplicationArguments args) {
		long total = appearances.count();
		ConsoleProgress progress = new ConsoleProgress(System.err, "quotes", clock);
		AtomicLong added = new AtomicLong();
		try {
			Search.mapping(entityManagerFactory)
				.scope(Appearance.class)
				.massIndexer()
				// as IndexCheck does: the engine's analyzers made anew too, and no delete-by-query
				.dropAndCreateSchemaOnStart(true)
				.purgeAllOnStart(false)
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(500)
				.monitor(new MassIndexingMonitor() {

					@Override
					public void documentsAdded(long increment) {
						long done = added.addAndGet(increment);
						progress.update(done, total, done, "quotes");
					}

					@Override
					public void documentsBuilt(long increment) {
					}

					@Override
					public void entitiesLoaded(long increment) {
					}

					@Override
					public void indexingCompleted() {
						progress.update(total, total, added.get(), "quotes");
					}

				})
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
		System.out.printf("Reindexed %,d quotes%n", added.get());
		return 0;
	}

}
