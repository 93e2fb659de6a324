package org.podquote.importer;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

import org.podquote.system.CliCommand;
import org.podquote.system.ConsoleProgress;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar podquote.jar import [--podquote.home=DIR] [--podcast="Name"] PATH_OR_URL...}:
 * files, folders and feed URLs, with progress, a summary, every failure as {@code file:line:
 * message}, and a non-zero exit if anything failed.
 */
@Component
class ImportCommand implements CliCommand {

	private final ImportJob job;

	private final Clock clock;

	ImportCommand(ImportJob job, Clock clock) {
		this.job = job;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public int run(ApplicationArguments args) {
		return run(args.getNonOptionArgs(), args.containsOption("podcast") ? args.getOptionValues("podcast").get(0) : null,
				System.out, System.err);
	}

	int run(List<String> inputs, String podcast, PrintStream out, PrintStream err) {
		if (inputs.isEmpty()) {
			err.println("usage: java -jar podquote.jar import [--podquote.home=DIR] [--podcast=\"Name\"] PATH_OR_URL...");
			return 2;
		}
		ConsoleProgress progress = new ConsoleProgress(err, "files", clock);
		ImportReport report = job.run(inputs, podcast,
				(done, total, appearances) -> progress.update(done, total, appearances, "appearances"));
		report.failures().forEach(err::println);
		out.println(report.summary());
		return report.ok() ? 0 : 1;
	}

}
