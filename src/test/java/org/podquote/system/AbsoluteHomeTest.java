package org.podquote.system;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** A library folder given relative to where the app starts is used as that absolute folder. */
class AbsoluteHomeTest {

	@Test
	void aRelativeHomeBecomesAbsoluteAndTheDatabaseUrlFollows() {
		StandardEnvironment environment = environment("mylibrary");
		new AbsoluteHome().postProcessEnvironment(environment, new SpringApplication());
		String home = Path.of("mylibrary").toAbsolutePath().normalize().toString();
		assertThat(environment.getProperty("podquote.home")).isEqualTo(home);
		assertThat(environment.getProperty("url")).isEqualTo("jdbc:h2:file:" + home + "/db/podquote");
	}

	@Test
	void theDefaultAndAnAbsoluteHomeStayWhereTheyPoint() {
		StandardEnvironment relative = environment("./data");
		new AbsoluteHome().postProcessEnvironment(relative, new SpringApplication());
		assertThat(relative.getProperty("podquote.home")).isEqualTo(Path.of("data").toAbsolutePath().toString());

		String absolute = Path.of("/srv/podquote").toString();
		StandardEnvironment given = environment(absolute);
		new AbsoluteHome().postProcessEnvironment(given, new SpringApplication());
		assertThat(given.getProperty("podquote.home")).isEqualTo(absolute);
	}

	private static StandardEnvironment environment(String home) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addLast(new MapPropertySource("test", Map.of("podquote.home", home, "url", "jdbc:h2:file:${podquote.home}/db/podquote")));
		return environment;
	}

}
