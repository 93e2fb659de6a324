package org.podquote.search;

import jakarta.persistence.EntityManager;

import org.apache.lucene.search.FieldExistsQuery;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.podquote.appearance.Appearance;

/**
 * How many quotes the index holds a meaning for, counted by the index itself on Lucene: the quotes
 * with a vector are listed by the vector field, so the count reads a few kilobytes where the
 * database's {@code count(*) where meaning is not null} reads every row (seconds at 445,000 quotes,
 * which the first search after a start waited for).
 */
public final class EmbeddedCount {

	private EmbeddedCount() {
	}

	/** The count on Lucene, in the session's transaction; -1 on Elasticsearch/OpenSearch, where the caller counts otherwise. */
	public static long onLucene(EntityManager entityManager) {
		try {
			Search.mapping(entityManager.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class);
		}
		catch (SearchException ex) {
			return -1;
		}
		return Search.session(entityManager)
			.search(Appearance.class)
			.extension(LuceneExtension.get())
			.where(f -> f.fromLuceneQuery(new FieldExistsQuery(QuoteIndexMapping.MEANING)))
			.fetchTotalHitCount();
	}

}
