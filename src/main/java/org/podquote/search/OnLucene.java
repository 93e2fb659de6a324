package org.podquote.search;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;

/**
 * Whether the search index is the embedded Lucene one (and not OpenSearch), asked of the backend
 * once: the parts that read Lucene's term dictionary directly (spelling, prefix expansion, the hit
 * bound) ask this first and do without it on OpenSearch.
 */
final class OnLucene {

	private final EntityManagerFactory entityManagerFactory;

	private volatile Boolean lucene;

	OnLucene(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	boolean test() {
		Boolean known = lucene;
		if (known == null) {
			try {
				Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class);
				known = true;
			}
			catch (SearchException ex) {
				known = false;
			}
			lucene = known;
		}
		return known;
	}

}
