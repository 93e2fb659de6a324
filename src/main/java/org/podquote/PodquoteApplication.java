package org.podquote;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.podquote.system.CliCommand;
import org.springframework.boot.Banner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web app, or with a command as first argument ({@code import}, {@code reindex}) that command.
 * {@code --help} or {@code -h} prints how to call either and starts nothing, so it opens no
 * library and creates no folder.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PodquoteApplication {

	private static final String JAR = "java -jar podquote.jar";

	/** Commands whose imports are searched at once (by the alerts), so indexed as the web app does. */
	private static final Set<String> SEARCH_AFTER_IMPORT = Set.of("subscribe", "refresh");

	/** Each command's help, known before anything starts. */
	static final Map<String, String> COMMANDS = commands();

	static final String HELP = """
			usage: %1$s [--podquote.home=DIR] [--server.port=8080] [--podquote.seed=false]
			         starts the web app on the library in DIR (default ./data)
			       %1$s import [--podquote.home=DIR] [--podcast="Name"] [--verbose] [--match-feed FEED] PATH_OR_URL...
			         imports transcripts, folders of them and RSS feeds; gives their episodes a feed's titles and dates
			       %1$s reindex [--podquote.home=DIR]
			         rebuilds the search index from the database
			       %1$s subscribe [--podquote.home=DIR] FEED_URL...
			         follows feeds: imports their episodes now, and their new ones on each refresh
			       %1$s refresh [--podquote.home=DIR] [--due]
			         checks the feeds followed once, imports what is new, sends the alerts' webhooks
			       %1$s embed [--podquote.home=DIR]
			         gives every quote its meaning for search by meaning (the web app does it in the background too)
			       %1$s COMMAND --help
			         how to call a command
			""".formatted(JAR);

	private static Map<String, String> commands() {
		Map<String, String> commands = new LinkedHashMap<>();
		commands.put("import", """
				usage: %1$s import [--podquote.home=DIR] [--podcast="Name"] [--verbose] [--with-sample] PATH_OR_URL...
				       %1$s import [--podquote.home=DIR] [--podcast="Name"] --match-feed FEED [PATH_OR_URL...]

				Imports transcript files (Podcasting 2.0 JSON, WebVTT, SRT, HTML, Markdown, text), folders of
				them and RSS feeds (files, or http and https URLs) into the library. Stop the web app first.
				A folder's episodes.csv (or episodes.json) gives its episodes' facts: columns file, title,
				date, number, audio, link.

				  --podquote.home=DIR  the library: its database and search index (default ./data)
				  --podcast="Name"     the podcast loose files belong to (default: one named after their folder)
				  --verbose, -v        a line per episode stored: where its title, number and date came from
				  --match-feed FEED    then give the podcast's episodes (--podcast, else the one the feed names)
				                       the titles, dates, numbers, audio and links of a feed's items (a file or
				                       an http(s) URL), matched by guid, then number, then title; nothing else
				  --with-sample        also load the sample speaker page into a new library (not done unless asked)
				  --help, -h           this text; opens no library
				""".formatted(JAR));
		commands.put("reindex", """
				usage: %s reindex [--podquote.home=DIR]

				Rebuilds the search index from the database, with a progress bar. Stop the web app first.

				  --podquote.home=DIR  the library: its database and search index (default ./data)
				  --help, -h           this text; opens no library
				""".formatted(JAR));
		commands.put("subscribe", """
				usage: %s subscribe [--podquote.home=DIR] FEED_URL...

				Follows RSS feeds (http or https URLs) and checks each at once: its episodes are imported
				with their richest podcast:transcript and podcast:person credits. The web app then checks
				them every 6 hours (podquote.subscriptions.interval); so does the refresh command. Stop
				the web app first. Then the alerts' webhooks that are due are sent.

				  --podquote.home=DIR  the library: its database and search index (default ./data)
				  --help, -h           this text; opens no library
				""".formatted(JAR));
		commands.put("embed", """
				usage: %s embed [--podquote.home=DIR]

				Gives every quote that has none its meaning (a sentence embedding, computed here by a model
				inside the jar), for search by meaning, on every core, with a progress bar; the web app does
				the same in the background on one core. Stop the web app first.

				  --podquote.home=DIR  the library: its database and search index (default ./data)
				  --help, -h           this text; opens no library
				""".formatted(JAR));
		commands.put("refresh", """
				usage: %s refresh [--podquote.home=DIR] [--due]

				Checks every feed followed once (with --due, only those whose next check has come),
				asking for a changed feed only (ETag, Last-Modified), imports new episodes, prints a line
				per feed, then sends the alerts' webhooks that are due. Stop the web app first. Exits 1
				if a feed failed.

				  --podquote.home=DIR  the library: its database and search index (default ./data)
				  --due                only the feeds that are due
				  --help, -h           this text; opens no library
				""".formatted(JAR));
		return Collections.unmodifiableMap(commands);
	}

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].startsWith("-")) {
			System.exit(runCommand(args[0], Arrays.copyOfRange(args, 1, args.length)));
		}
		if (wantsHelp(args)) {
			System.out.print(HELP);
			System.exit(0);
		}
		SpringApplication.run(PodquoteApplication.class, args);
	}

	static int runCommand(String name, String[] args) {
		return runCommand(name, args, System.out, System.err);
	}

	/** Runs a command; help, and a command called wrongly, are answered before anything starts. */
	static int runCommand(String name, String[] args, PrintStream out, PrintStream err) {
		if (name.equals("help")) {
			out.print(args.length > 0 && COMMANDS.containsKey(args[0]) ? COMMANDS.get(args[0]) : HELP);
			return 0;
		}
		if (!COMMANDS.containsKey(name)) {
			err.print("podquote: no command \"" + name + "\"; the commands are " + String.join(", ", COMMANDS.keySet())
					+ "\n\n" + HELP);
			return 2;
		}
		if (wantsHelp(args)) {
			out.print(COMMANDS.get(name));
			return 0;
		}
		if (name.equals("subscribe") && Arrays.stream(args).allMatch(arg -> arg.startsWith("-"))) {
			err.print(COMMANDS.get(name));
			return 2;
		}
		if (name.equals("import") && Arrays.stream(args).allMatch(arg -> arg.startsWith("-"))
				&& Arrays.stream(args).noneMatch(arg -> arg.startsWith("--match-feed="))) {
			err.print(COMMANDS.get(name));
			return 2;
		}
		try {
			return startAndRun(name, args);
		}
		catch (RuntimeException ex) {
			err.println("podquote " + name + ": " + explain(ex));
			return 1;
		}
	}

	/** {@code --help} or {@code -h} anywhere before a {@code --} that ends the options. */
	static boolean wantsHelp(String[] args) {
		for (String arg : args) {
			if (arg.equals("--")) {
				return false;
			}
			if (arg.equals("--help") || arg.equals("-h")) {
				return true;
			}
		}
		return false;
	}

	/** The cause a user can act on, without a stack trace. */
	static String explain(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		if (message.contains("already in use") || message.contains("file is locked") || message.contains("Lock held") || message.contains("LockObtainFailed")) {
			return "the library is in use by another Podquote process (is the web app running on it?). Stop it and try again.";
		}
		return "could not start: " + message.lines().findFirst().orElse(message);
	}

	private static int startAndRun(String name, String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PodquoteApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(false)
			// Index in the background while importing in bulk, with a bigger writer buffer (Lucene);
			// closing the app waits for it.
			.properties("podquote.cli=true", "podquote.index.ram-buffer-mb=64", "podquote.index.commit-interval-ms=60000", "logging.level.root=warn", "logging.level.org.springframework.boot.SpringApplication=off",
					"logging.level.org.springframework.boot.diagnostics=off", "logging.level.org.springframework.context=error", "logging.level.org.hibernate.engine.jdbc.spi.SqlExceptionHelper=off",
					// but alerts search the quotes a refresh adds right after it
					"spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy="
							+ (SEARCH_AFTER_IMPORT.contains(name) ? "read-sync" : "async"))
			.run(args)) {
			CliCommand command = context.getBeansOfType(CliCommand.class)
				.values()
				.stream()
				.filter(c -> c.name().equals(name))
				.findFirst()
				.orElseThrow();
			return command.run(new DefaultApplicationArguments(args));
		}
	}

}
