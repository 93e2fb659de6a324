package org.podquote.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Says on start which database holds the library, and warns of an active profile that no
 * {@code application-<profile>} file configures: a misspelt {@code --spring.profiles.active=postgress}
 * would otherwise run on the embedded H2 file without a word.
 */
@Component
@Order(-10)
class DatabaseReport implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DatabaseReport.class);

	private final DataSource dataSource;

	private final ConfigurableEnvironment environment;

	DatabaseReport(DataSource dataSource, ConfigurableEnvironment environment) {
		this.dataSource = dataSource;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String profile : unconfiguredProfiles(environment)) {
			log.warn("The profile '{}' is active, but no application-{}.properties configures it (known: postgres, "
					+ "opensearch); is it misspelt?", profile, profile);
		}
		try (Connection connection = dataSource.getConnection()) {
			log.info("Library database: {}", describe(connection.getMetaData()));
		}
		catch (SQLException ex) {
			log.warn("Could not read which database holds the library: {}", ex.getMessage());
		}
	}

	/** Product, version, address and user: "PostgreSQL 15.18 (Debian …) at jdbc:postgresql://localhost:5432/podquote as podquote". */
	static String describe(DatabaseMetaData meta) throws SQLException {
		return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + address(meta.getURL())
				+ " as " + meta.getUserName();
	}

	/** The URL without its parameters, which may carry a password. */
	static String address(String url) {
		int end = url.length();
		for (char c : new char[] { '?', ';' }) {
			int at = url.indexOf(c);
			end = at >= 0 ? Math.min(end, at) : end;
		}
		return url.substring(0, end);
	}

	/** The active profiles that no loaded configuration file is named after. */
	static List<String> unconfiguredProfiles(ConfigurableEnvironment environment) {
		List<String> sources = environment.getPropertySources().stream().map(PropertySource::getName).toList();
		return Arrays.stream(environment.getActiveProfiles())
			.filter(profile -> sources.stream().noneMatch(name -> name.contains("application-" + profile + ".")))
			.toList();
	}

}
