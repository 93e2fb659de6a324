package org.podquote.stats;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;

import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.podquote.appearance.Appearance;
import org.podquote.episode.Episode;

/**
 * Hooks {@link LibraryStats} into every transaction: the episode of each quote inserted, updated
 * (a voice given a name, a merge of people) or deleted, and each episode updated (its date, number
 * or show edited) or deleted, is noted as the session flushes it, and those episodes are recounted
 * when the flush ends (so that the transaction itself reads the new counts) and, for what a last
 * flush left, just before the commit, on the same connection. So no writer (importer,
 * deletions, admin edits, voice names, whatever comes next) has to remember to call it, and the
 * counts are never committed apart from the quotes. A JPQL or SQL bulk update of quotes bypasses
 * Hibernate's events: whoever writes one calls {@link LibraryStats#refresh} for its episodes.
 * <p>
 * Registered with Hibernate by {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public class StatsIntegration implements Integrator, PostInsertEventListener, PostUpdateEventListener,
		PostDeleteEventListener, FlushEventListener, AutoFlushEventListener {

	/** The episodes each open session has changed; a session is one transaction at a time. */
	private final Map<SharedSessionContractImplementor, Set<Long>> pending = new WeakHashMap<>();

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
		EventListenerRegistry listeners = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
		listeners.appendListeners(EventType.POST_INSERT, this);
		listeners.appendListeners(EventType.POST_UPDATE, this);
		listeners.appendListeners(EventType.POST_DELETE, this);
		// after Hibernate's own: the flush has written the quotes by then
		listeners.appendListeners(EventType.FLUSH, (FlushEventListener) this);
		listeners.appendListeners(EventType.AUTO_FLUSH, (AutoFlushEventListener) this);
	}

	@Override
	public void onFlush(FlushEvent event) {
		recount(event.getSession());
	}

	@Override
	public void onAutoFlush(AutoFlushEvent event) {
		recount(event.getSession());
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		if (event.getEntity() instanceof Appearance appearance) {
			changed(event.getSession(), appearance.getEpisode());
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		if (event.getEntity() instanceof Appearance appearance) {
			changed(event.getSession(), appearance.getEpisode());
			if (event.getOldState() != null) {
				// a quote moved to another episode (episodes folded into one) changes both
				Object before = event.getOldState()[event.getPersister().getPropertyIndex("episode")];
				if (before instanceof Episode episode) {
					changed(event.getSession(), episode);
				}
			}
		}
		else if (event.getEntity() instanceof Episode episode) {
			changed(event.getSession(), episode);
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		if (event.getEntity() instanceof Appearance appearance) {
			changed(event.getSession(), appearance.getEpisode());
		}
		else if (event.getEntity() instanceof Episode episode) {
			changed(event.getSession(), episode);
		}
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void changed(SharedSessionContractImplementor session, Episode episode) {
		if (episode == null || episode.getId() == null) {
			return;
		}
		Set<Long> episodes;
		boolean first;
		synchronized (pending) {
			episodes = pending.get(session);
			first = episodes == null;
			if (first) {
				episodes = new TreeSet<>();
				pending.put(session, episodes);
			}
		}
		episodes.add(episode.getId());
		if (first) {
			session.getTransactionCompletionCallbacks().registerCallback((BeforeCompletionCallback) this::recount);
			session.getTransactionCompletionCallbacks()
				.registerCallback((AfterCompletionCallback) (success, s) -> take(s));
		}
	}

	private void recount(SharedSessionContractImplementor session) {
		Set<Long> episodes = take(session);
		if (episodes == null || episodes.isEmpty()) {
			return;
		}
		session.doWork(connection -> {
			try {
				LibraryStats.refresh(connection, episodes);
			}
			catch (SQLException e) {
				throw new HibernateException("Could not recount the quotes of episodes " + episodes, e);
			}
		});
	}

	private Set<Long> take(SharedSessionContractImplementor session) {
		synchronized (pending) {
			return pending.remove(session);
		}
	}

}
