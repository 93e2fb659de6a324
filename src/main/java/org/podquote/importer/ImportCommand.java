package org.podquote.importer;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.podquote.system.CliCommand;
import org.podquote.system.ConsoleProgress;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar podquote.jar import [--podquote.home=DIR] [--podcast="Name"] [--verbose] [--match-feed FEED] PATH_OR_URL...}:
 * files, folders and feed URLs, with progress, a summary, every failure as {@code file:line:
 * message}, and a non-zero exit if anything failed. Standard output says what was skipped and
 * why, which file each episode was read from when it came in several, and where the episodes'
 * facts came from: in one line, or with {@code --verbose} one line per episode. With
 * {@code --match-feed} a feed's facts then go to the podcast's episodes ({@link FeedMatch}), each
 * match and what matched nothing on standard output.
 */
@Component
class ImportCommand implements CliCommand {

	static final String USAGE = "usage: java -jar podquote.jar import [--podquote.home=DIR] [--podcast=\"Name\"] "
			+ "[--verbose] [--match-feed FEED] PATH_OR_URL...";

	static final String MATCH_FEED = "match-feed";

	private final ImportJob job;

	private final FeedMatch match;

	private final Clock clock;

	ImportCommand(ImportJob job, FeedMatch match, Clock clock) {
		this.job = job;
		this.match = match;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public int run(ApplicationArguments args) {
		// -v is no option to Spring, which keeps only --name for those
		List<String> inputs = new ArrayList<>(args.getNonOptionArgs().stream().filter(arg -> !arg.equals("-v")).toList());
		boolean verbose = args.containsOption("verbose") || args.getNonOptionArgs().contains("-v");
		String feed = matchFeed(args.getSourceArgs());
		if (feed != null && args.getOptionValues(MATCH_FEED).isEmpty()) {
			// "--match-feed FEED": Spring took FEED for a path to import
			inputs.remove(feed);
		}
		return run(inputs, args.containsOption("podcast") ? args.getOptionValues("podcast").get(0) : null, verbose, feed,
				System.out, System.err);
	}

	/** The feed of {@code --match-feed=FEED} or {@code --match-feed FEED}, or null. */
	static String matchFeed(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--" + MATCH_FEED + "=")) {
				return args[i].substring(MATCH_FEED.length() + 3);
			}
			if (args[i].equals("--" + MATCH_FEED) && i + 1 < args.length && !args[i + 1].startsWith("-")) {
				return args[i + 1];
			}
		}
		return null;
	}

	int run(List<String> inputs, String podcast, PrintStream out, PrintStream err) {
		return run(inputs, podcast, false, null, out, err);
	}

	int run(List<String> inputs, String podcast, boolean verbose, PrintStream out, PrintStream err) {
		return run(inputs, podcast, verbose, null, out, err);
	}

	/** @param feed the feed to match to the podcast's episodes once the inputs are imported, or null */
	int run(List<String> inputs, String podcast, boolean verbose, String feed, PrintStream out, PrintStream err) {
		if (inputs.isEmpty() && feed == null) {
			err.println(USAGE);
			return 2;
		}
		boolean ok = true;
		if (!inputs.isEmpty()) {
			ok = importInputs(inputs, podcast, verbose, out, err);
		}
		if (feed != null) {
			FeedMatch.Report matched = match.match(feed, podcast);
			matched.failures().forEach(err::println);
			matched.lines().forEach(out::println);
			out.println(matched.summary());
			ok &= matched.ok();
		}
		return ok ? 0 : 1;
	}

	private boolean importInputs(List<String> inputs, String podcast, boolean verbose, PrintStream out,
			PrintStream err) {
		ConsoleProgress progress = new ConsoleProgress(err, "files", clock);
		ImportReport report = job.run(inputs, podcast,
				(done, total, appearances) -> progress.update(done, total, appearances, "appearances"));
		report.failures().forEach(err::println);
		report.warnings().forEach(warning -> out.println("warning: " + warning));
		report.notes().forEach(out::println);
		if (verbose) {
			report.details().forEach(out::println);
		}
		else if (report.factsSummary() != null) {
			out.println(report.factsSummary());
		}
		out.println(report.summary());
		return report.ok();
	}

}
