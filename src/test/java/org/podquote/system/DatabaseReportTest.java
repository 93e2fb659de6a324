package org.podquote.system;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseReportTest {

	@Test
	void findsAnActiveProfileThatNoFileConfigures() {
		StandardEnvironment environment = new StandardEnvironment();
		// named as Spring Boot names the files it loads
		environment.getPropertySources()
			.addLast(new MapPropertySource(
					"Config resource 'class path resource [application-postgres.properties]' via location 'optional:classpath:/'",
					Map.of()));
		environment.setActiveProfiles("postgres", "postgress");

		assertThat(DatabaseReport.unconfiguredProfiles(environment)).containsExactly("postgress");
	}

	@Test
	void showsTheAddressWithoutParametersThatMayHoldAPassword() {
		assertThat(DatabaseReport.address("jdbc:postgresql://db.example:5432/podquote?user=pq&password=secret"))
			.isEqualTo("jdbc:postgresql://db.example:5432/podquote");
		assertThat(DatabaseReport.address("jdbc:h2:file:./data/db/podquote;PASSWORD=x")).isEqualTo("jdbc:h2:file:./data/db/podquote");
		assertThat(DatabaseReport.address("jdbc:h2:mem:podquote")).isEqualTo("jdbc:h2:mem:podquote");
	}

}
