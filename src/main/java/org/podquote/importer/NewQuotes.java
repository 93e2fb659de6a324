package org.podquote.importer;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the app which quotes an import run added ({@link QuotesImported}). Quote ids
 * grow, so a run's quotes are those above the highest id when it started; the run asks after its
 * own transactions have committed, so it sees every quote it stored. Another run at the same time
 * may add some of its own to that list: each listener takes a quote once however often it hears of it.
 */
@Component
class NewQuotes {

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	NewQuotes(EntityManager entityManager, ApplicationEventPublisher events) {
		this.entityManager = entityManager;
		this.events = events;
	}

	/** The highest quote id now: call before a run. */
	long mark() {
		Long max = entityManager.createQuery("select max(a.id) from Appearance a", Long.class).getSingleResult();
		return max == null ? 0 : max;
	}

	/** Publishes the quotes stored since {@code mark}, if any: call once the run is over. */
	void publishSince(long mark) {
		List<Long> ids = entityManager
			.createQuery("select a.id from Appearance a where a.id > :mark order by a.id", Long.class)
			.setParameter("mark", mark)
			.getResultList();
		if (!ids.isEmpty()) {
			events.publishEvent(new QuotesImported(ids));
		}
	}

}
