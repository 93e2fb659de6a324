package org.podquote.search;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * A number that changes whenever a transaction that wrote any entity commits (an import, an edit, a
 * deletion), or the index is rebuilt: what the search reads from the database for every page (the
 * names of the facets' people and shows, the years, the people and shows a query names) is kept
 * until it changes, instead of being queried again for each search.
 */
@Component
class LibraryVersion implements SmartInitializingSingleton {

	private final AtomicLong version = new AtomicLong();

	/** When the version last changed ({@link System#nanoTime}). */
	private volatile long changedAt = System.nanoTime();

	private final EntityManagerFactory entityManagerFactory;

	LibraryVersion(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * Listens once every bean is made, not while this one is: the entity manager factory is built in
	 * the background (lazy repositories), and waiting for it inside a bean's creation, which holds the
	 * bean factory's lock, deadlocks with its builder when that looks a bean up. The version moves
	 * once then, so that nothing kept before is kept past it.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		Listener listener = new Listener();
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_COMMIT_INSERT, listener);
		registry.appendListeners(EventType.POST_COMMIT_UPDATE, listener);
		registry.appendListeners(EventType.POST_COMMIT_DELETE, listener);
		version.incrementAndGet();
	}

	long current() {
		return version.get();
	}

	/** Says the library changed by other means than entities (a rebuilt index). */
	void changed() {
		changedAt = System.nanoTime();
		version.incrementAndGet();
	}

	/** Nanoseconds since the version last changed. */
	long sinceChange() {
		return System.nanoTime() - changedAt;
	}

	/** A value computed once per version of the library. */
	<T> Supplier<T> cached(Supplier<T> compute) {
		return new Supplier<>() {

			private volatile Object[] held = { -1L, null };

			@Override
			@SuppressWarnings("unchecked")
			public T get() {
				long now = current();
				Object[] h = held;
				if ((long) h[0] != now) {
					T value = compute.get();
					held = new Object[] { now, value };
					return value;
				}
				return (T) h[1];
			}

		};
	}

	private final class Listener
			implements PostCommitInsertEventListener, PostCommitUpdateEventListener, PostCommitDeleteEventListener {

		@Override
		public void onPostInsert(PostInsertEvent event) {
			changed();
		}

		@Override
		public void onPostUpdate(PostUpdateEvent event) {
			changed();
		}

		@Override
		public void onPostDelete(PostDeleteEvent event) {
			changed();
		}

		@Override
		public void onPostInsertCommitFailed(PostInsertEvent event) {
		}

		@Override
		public void onPostUpdateCommitFailed(PostUpdateEvent event) {
		}

		@Override
		public void onPostDeleteCommitFailed(PostDeleteEvent event) {
		}

		@Override
		public boolean requiresPostCommitHandling(EntityPersister persister) {
			return true;
		}

	}

}
