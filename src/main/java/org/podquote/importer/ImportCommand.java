package org.podquote.importer;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

import org.podquote.system.CliCommand;
import org.podquote.system.ConsoleProgress;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar podquote.jar import [--podquote.home=DIR] [--podcast="Name"] [--verbose] PATH_OR_URL...}:
 * files, folders and feed URLs, with progress, a summary, every failure as {@code file:line:
 * message}, and a non-zero exit if anything failed. Standard output says what was skipped and
 * why, which file each episode was read from when it came in several, and where the episodes'
 * facts came from: in one line, or with {@code --verbose} one line per episode.
 */
@Component
class ImportCommand implements CliCommand {

	static final String USAGE = "usage: java -jar podquote.jar import [--podquote.home=DIR] [--podcast=\"Name\"] "
			+ "[--verbose] PATH_OR_URL...";

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
		// -v is no option to Spring, which keeps only --name for those
		List<String> inputs = args.getNonOptionArgs().stream().filter(arg -> !arg.equals("-v")).toList();
		boolean verbose = args.containsOption("verbose") || args.getNonOptionArgs().contains("-v");
		return run(inputs, args.containsOption("podcast") ? args.getOptionValues("podcast").get(0) : null, verbose,
				System.out, System.err);
	}

	int run(List<String> inputs, String podcast, PrintStream out, PrintStream err) {
		return run(inputs, podcast, false, out, err);
	}

	int run(List<String> inputs, String podcast, boolean verbose, PrintStream out, PrintStream err) {
		if (inputs.isEmpty()) {
			err.println(USAGE);
			return 2;
		}
		ConsoleProgress progress = new ConsoleProgress(err, "files", clock);
		ImportReport report = job.run(inputs, podcast,
				(done, total, appearances) -> progress.update(done, total, appearances, "appearances"));
		report.failures().forEach(err::println);
		report.notes().forEach(out::println);
		if (verbose) {
			report.details().forEach(out::println);
		}
		else if (report.factsSummary() != null) {
			out.println(report.factsSummary());
		}
		out.println(report.summary());
		return report.ok() ? 0 : 1;
	}

}
