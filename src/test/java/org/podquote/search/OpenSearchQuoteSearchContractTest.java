package org.podquote.search;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The same contract on a real OpenSearch node, configured as a user would: the opensearch profile and a URI. */
@ActiveProfiles("opensearch")
@DirtiesContext
class OpenSearchQuoteSearchContractTest extends QuoteSearchContractTest {

	@RegisterExtension
	static final OpenSearchNode node = new OpenSearchNode();

	@DynamicPropertySource
	static void searchOnTheNode(DynamicPropertyRegistry registry) {
		registry.add("podquote.search.uris", node::uri);
	}

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void searchesOnOpenSearchNotLucene() {
		assertThat(Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)).isNotNull();
	}

}
