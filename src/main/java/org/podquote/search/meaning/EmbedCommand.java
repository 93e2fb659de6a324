package org.podquote.search.meaning;

import java.time.Clock;

import org.podquote.system.CliCommand;
import org.podquote.system.ConsoleProgress;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar podquote.jar embed}: gives every quote without meaning its embedding, on every
 * core, with a progress bar; what the web app's background embedder does on one core while it
 * serves pages. Stop the web app first.
 */
@Component
class EmbedCommand implements CliCommand {

	private final QuoteEmbedding embedding;

	private final MeaningCoverage coverage;

	private final MeaningProperties properties;

	private final Clock clock;

	EmbedCommand(QuoteEmbedding embedding, MeaningCoverage coverage, MeaningProperties properties, Clock clock) {
		this.embedding = embedding;
		this.coverage = coverage;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "embed";
	}

	@Override
	public int run(ApplicationArguments args) {
		if (!properties.enabled()) {
			System.err.println("podquote embed: search by meaning is off (podquote.meaning.enabled=false)");
			return 1;
		}
		MeaningCoverage.Coverage before = coverage.current();
		long todo = before.total() - before.embedded();
		ConsoleProgress progress = new ConsoleProgress(System.err, "quotes", clock);
		long[] done = { 0 };
		long started = clock.millis();
		embedding.embedAll(properties.batch() * 4, true, () -> {
			MeaningCoverage.Coverage now = coverage.current();
			done[0] = now.embedded() - before.embedded();
			progress.update(Math.min(done[0], todo), todo, done[0], "quotes");
		});
		progress.update(todo, todo, done[0], "quotes");
		double seconds = Math.max(0.001, (clock.millis() - started) / 1000.0);
		MeaningCoverage.Coverage after = coverage.current();
		System.out.printf("Embedded %,d quotes in %.0f s (%.0f quotes/s); meaning search covers %d%% of %,d quotes%n",
				done[0], seconds, done[0] / seconds, after.percent(), after.total());
		return 0;
	}

}
