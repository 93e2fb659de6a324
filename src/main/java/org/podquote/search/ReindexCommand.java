package org.podquote.search;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.system.CliCommand;
import org.podquote.system.ConsoleProgress;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar podquote.jar reindex}: rebuilds the search index from the database, with a
 * progress bar; a rebuild that fails says why on standard error and exits 1.
 */
@Component
class ReindexCommand implements CliCommand {

	private final IndexRebuild rebuild;

	private final AppearanceRepository appearances;

	private final Clock clock;

	ReindexCommand(IndexRebuild rebuild, AppearanceRepository appearances, Clock clock) {
		this.rebuild = rebuild;
		this.appearances = appearances;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "reindex";
	}

	@Override
	public int run(ApplicationArguments args) {
		return run(System.out, System.err);
	}

	int run(PrintStream out, PrintStream err) {
		long total = appearances.count();
		ConsoleProgress progress = new ConsoleProgress(err, "quotes", clock);
		AtomicLong added = new AtomicLong();
		try {
			rebuild.run(new MassIndexingMonitor() {

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

			});
		}
		catch (IndexRebuild.Failed ex) {
			err.println();
			err.printf("reindex: the search index could not be rebuilt: %s%n", ex.getMessage());
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
		out.printf("Reindexed %,d quotes%n", added.get());
		return 0;
	}

}
