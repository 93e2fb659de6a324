package org.podquote;

import java.util.Arrays;
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

/** The web app, or with a command as first argument ({@code import}, {@code reindex}) that command. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PodquoteApplication {

	static final Set<String> COMMANDS = Set.of("import", "reindex");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			System.exit(runCommand(args[0], Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(PodquoteApplication.class, args);
	}

	static int runCommand(String name, String[] args) {
		try {
			return startAndRun(name, args);
		}
		catch (RuntimeException ex) {
			System.err.println("podquote " + name + ": " + explain(ex));
			return 1;
		}
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
			// Index in the background while importing in bulk; closing the app waits for it.
			.properties("podquote.cli=true", "logging.level.root=warn", "logging.level.org.springframework.boot.SpringApplication=off",
					"logging.level.org.springframework.boot.diagnostics=off", "logging.level.org.springframework.context=error", "logging.level.org.hibernate.engine.jdbc.spi.SqlExceptionHelper=off",
					"spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=async")
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
