package org.podquote.system;

import org.springframework.boot.ApplicationArguments;

/** A command of {@code java -jar podquote.jar <name> ...}, run without the web server. */
public interface CliCommand {

	String name();

	/** @return the process exit code */
	int run(ApplicationArguments args);

}
