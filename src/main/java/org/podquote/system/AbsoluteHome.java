package org.podquote.system;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code podquote.home} absolute, against the folder the app was started in, before anything
 * reads it: the database's URL is built from it, and H2 refuses a file path that is relative
 * without a leading {@code ./} ({@code --podquote.home=mylibrary} stopped the start with H2's
 * "implicitly relative" error); the index's folder and the logs then name the same place.
 */
public class AbsoluteHome implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "podquote.home";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String home = environment.getProperty(PROPERTY);
		if (home == null || home.isBlank() || Path.of(home).isAbsolute()) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("podquote-home", Map.of(PROPERTY, Path.of(home).toAbsolutePath().normalize().toString())));
	}

	/** After the configuration files and arguments are read, so that their home is the one made absolute. */
	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
