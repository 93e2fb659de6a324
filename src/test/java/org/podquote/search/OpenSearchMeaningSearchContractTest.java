package org.podquote.search;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The same contract by meaning on a real OpenSearch node (a knn_vector field, the k-NN plugin's Lucene engine). */
@OnOpenSearch
class OpenSearchMeaningSearchContractTest extends MeaningSearchContractTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void searchesOnOpenSearchNotLucene() {
		assertThat(Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)).isNotNull();
	}

}
