package org.podquote.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The app's application.properties is two documents: the settings of every profile, then the
 * embedded Lucene index's, which the opensearch profile leaves out. A separator Spring Boot does not
 * take for one (a comment next to it) silently moves the settings below it into the Lucene document,
 * so that with the opensearch profile the health groups, cookies and upload limits were lost.
 */
class ConfigurationDocumentsTest {

	@Test
	void everySettingButTheLuceneIndexsAppliesWithEveryProfile() throws IOException {
		List<PropertySource<?>> documents = new PropertiesPropertySourceLoader().load("application",
				new ClassPathResource("application.properties"));

		assertThat(documents).hasSize(2);
		EnumerablePropertySource<?> everyProfile = (EnumerablePropertySource<?>) documents.get(0);
		EnumerablePropertySource<?> lucene = (EnumerablePropertySource<?>) documents.get(1);
		assertThat(everyProfile.containsProperty("spring.config.activate.on-profile")).isFalse();
		assertThat(everyProfile.getPropertyNames()).contains("management.endpoint.health.show-components",
				"server.servlet.session.cookie.same-site", "spring.servlet.multipart.max-file-size",
				"podquote.meaning.enabled", "spring.jpa.properties.hibernate.search.mapping.configurer");
		assertThat(lucene.getProperty("spring.config.activate.on-profile")).isEqualTo("!opensearch");
		assertThat(lucene.getPropertyNames()).allSatisfy(name -> assertThat(name)
				.matches("spring\\.config\\.activate\\.on-profile|spring\\.jpa\\.properties\\.hibernate\\.search\\.backend\\..*"));
	}

}
