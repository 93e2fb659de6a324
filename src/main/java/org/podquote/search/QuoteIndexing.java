package org.podquote.search;

import java.util.Collection;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.podquote.appearance.Appearance;
import org.springframework.stereotype.Component;

/**
 * Tells the search index of quotes whose indexed copy of their episode went stale: the index
 * keeps each quote's episode date (see {@link QuoteIndexMapping}) and does not follow an
 * episode's changes by itself. Call inside the transaction that changed the episode; the index is
 * written when it commits.
 */
@Component
public class QuoteIndexing {

	private final EntityManager entityManager;

	QuoteIndexing(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public void reindex(Collection<Appearance> appearances) {
		SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
		appearances.forEach(plan::addOrUpdate);
	}

}
