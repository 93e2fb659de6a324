package org.podquote.search;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Runs a {@code @SpringBootTest} class on an OpenSearch node of its own instead of the embedded
 * Lucene index, configured as a user would: the {@code opensearch} profile and the node's URI. The
 * node lives as long as the app, which is closed after the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("opensearch")
@Import(OnOpenSearch.Node.class)
@DirtiesContext
@interface OnOpenSearch {

	@TestConfiguration(proxyBeanMethods = false)
	class Node {

		/**
		 * A node with a standard distribution's modules, or with {@code
		 * podquote.test.opensearch.modules=bare} one with only those the index needs (no reindex).
		 */
		@Bean
		OpenSearchNode openSearchNode(@Value("${podquote.test.opensearch.modules:distribution}") String modules)
				throws IOException {
			return OpenSearchNode.start(modules.equals("bare") ? OpenSearchNode.BARE_MODULES
					: OpenSearchNode.DISTRIBUTION_MODULES);
		}

		@Bean
		DynamicPropertyRegistrar openSearchUri(OpenSearchNode node) {
			return registry -> registry.add("podquote.search.uris", node::uri);
		}

	}

}
