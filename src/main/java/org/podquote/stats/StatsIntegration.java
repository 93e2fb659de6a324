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
import org.hibernate.proxy.HibernateProxy;
import org.podquote.appearance.Appearance;
import org.podquote.episode.Credit;
import org.podquote.episode.Episode;
import org.podquote.podcast.Podcast;
import org.podquote.speaker.Speaker;

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
 * The same way, each episode inserted, updated or deleted and each credit written or removed is
 * noted for {@link ShowStats} (a show's episode counts and credits, V19), and so is each person
 * deleted: a merge gives a person's credits to another in bulk, then deletes them, and the shows of
 * a person deleted are recounted whole.
 * <p>
 * Registered with Hibernate by {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public class StatsIntegration implements Integrator, PostInsertEventListener, PostUpdateEventListener,
		PostDeleteEventListener, FlushEventListener, AutoFlushEventListener {

	/** What each open session has changed; a session is one transaction at a time. */
	private final Map<SharedSessionContractImplementor, Pending> pending = new WeakHashMap<>();

	/** The episodes whose quotes are recounted, and what the show counts follow. */
	private static final class Pending {

		final Set<Long> episodes = new TreeSet<>();

		final ShowStats.Changes shows = new ShowStats.Changes();

	}

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
		else if (event.getEntity() instanceof Episode episode) {
			pending(event.getSession()).shows.episodes(idOf(episode.getPodcast()));
		}
		else if (event.getEntity() instanceof Credit credit) {
			credited(event.getSession(), credit.getEpisode(), credit.getSpeaker(), credit.getRole(), 1);
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
			pending(event.getSession()).shows.episodes(idOf(episode.getPodcast()));
		}
		else if (event.getEntity() instanceof Credit credit && event.getOldState() != null) {
			EntityPersister persister = event.getPersister();
			Object[] old = event.getOldState();
			credited(event.getSession(), old[persister.getPropertyIndex("episode")],
					old[persister.getPropertyIndex("speaker")], (String) old[persister.getPropertyIndex("role")], -1);
			credited(event.getSession(), credit.getEpisode(), credit.getSpeaker(), credit.getRole(), 1);
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		if (event.getEntity() instanceof Appearance appearance) {
			changed(event.getSession(), appearance.getEpisode());
		}
		else if (event.getEntity() instanceof Episode episode) {
			changed(event.getSession(), episode);
			pending(event.getSession()).shows.episodes(idOf(episode.getPodcast()));
		}
		else if (event.getEntity() instanceof Credit credit) {
			credited(event.getSession(), credit.getEpisode(), credit.getSpeaker(), credit.getRole(), -1);
		}
		else if (event.getEntity() instanceof Speaker speaker && speaker.getId() != null) {
			pending(event.getSession()).shows.personGone(speaker.getId());
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
		pending(session).episodes.add(episode.getId());
	}

	/**
	 * A credit written or removed, with its show when its episode is at hand (an episode not loaded
	 * is not loaded in the middle of a flush: {@link ShowStats} looks its show up).
	 */
	private void credited(SharedSessionContractImplementor session, Object episode, Object speaker, String role,
			int sign) {
		Long episodeId = idOf(episode);
		Long speakerId = idOf(speaker);
		if (episodeId == null || speakerId == null || role == null) {
			return;
		}
		Long podcastId = null;
		if (!(episode instanceof HibernateProxy proxy) || !proxy.getHibernateLazyInitializer().isUninitialized()) {
			Object loaded = episode instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getImplementation()
					: episode;
			podcastId = idOf(((Episode) loaded).getPodcast());
		}
		pending(session).shows.credit(episodeId, podcastId, speakerId, role, sign);
	}

	/** The id of an entity or of a proxy of one, without loading it. */
	private static Long idOf(Object entity) {
		if (entity instanceof HibernateProxy proxy) {
			return (Long) proxy.getHibernateLazyInitializer().getIdentifier();
		}
		if (entity instanceof Episode episode) {
			return episode.getId();
		}
		if (entity instanceof Podcast podcast) {
			return podcast.getId();
		}
		if (entity instanceof Speaker speaker) {
			return speaker.getId();
		}
		return null;
	}

	private Pending pending(SharedSessionContractImplementor session) {
		Pending changes;
		boolean first;
		synchronized (pending) {
			changes = pending.get(session);
			first = changes == null;
			if (first) {
				changes = new Pending();
				pending.put(session, changes);
			}
		}
		if (first) {
			session.getTransactionCompletionCallbacks().registerCallback((BeforeCompletionCallback) this::recount);
			session.getTransactionCompletionCallbacks()
				.registerCallback((AfterCompletionCallback) (success, s) -> take(s));
		}
		return changes;
	}

	private void recount(SharedSessionContractImplementor session) {
		Pending changes = take(session);
		if (changes == null || changes.episodes.isEmpty() && changes.shows.isEmpty()) {
			return;
		}
		session.doWork(connection -> {
			try {
				if (!changes.episodes.isEmpty()) {
					LibraryStats.refresh(connection, changes.episodes);
				}
				if (!changes.shows.isEmpty()) {
					ShowStats.refresh(connection, changes.shows);
				}
			}
			catch (SQLException e) {
				throw new HibernateException("Could not recount the quotes of episodes " + changes.episodes
						+ " or their shows' counts", e);
			}
		});
	}

	private Pending take(SharedSessionContractImplementor session) {
		synchronized (pending) {
			return pending.remove(session);
		}
	}

}
