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
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PodquoteApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			// Index in the background while importing in bulk; closing the app waits for it.
			.properties("podquote.cli=true", "logging.level.root=warn",
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
