package org.podquote.search;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Markup in quotes on a real OpenSearch node: the engine's highlighter must escape it as Lucene's does. */
@ActiveProfiles("opensearch")
@DirtiesContext
class OpenSearchSnippetEscapingTest extends SnippetEscapingTest {

	@RegisterExtension
	static final OpenSearchNode node = new OpenSearchNode();

	@DynamicPropertySource
	static void searchOnTheNode(DynamicPropertyRegistry registry) {
		registry.add("podquote.search.uris", node::uri);
	}

}
