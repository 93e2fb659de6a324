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
import org.podquote.appearance.Appearance;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * A number that changes whenever a transaction that wrote any entity commits (an import, an edit, a
 * deletion), or the index is rebuilt: what the search reads from the database for every page (the
 * names of the facets' people and shows, the years, the people and shows a query names) is kept
 * until it changes, instead of being queried again for each search.
 * <p>
 * A commit that only gave quotes their meaning (the background embedder's batches, every few
 * seconds for hours on a large library) moves a second number, {@link #withMeaning}, and not this
 * one: the words, counts, people and shows are what they were, and what depends on the embeddings
 * (the quotes said alike) is kept by that second number.
 */
@Component
class LibraryVersion implements SmartInitializingSingleton {

	private final AtomicLong version = new AtomicLong();

	/** When the version last changed ({@link System#nanoTime}). */
	private volatile long changedAt = System.nanoTime();

	/** Moves with {@link #version} and with each commit that only wrote quotes' meaning. */
	private final AtomicLong withMeaning = new AtomicLong();

	private volatile long meaningChangedAt = System.nanoTime();

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
		withMeaning.incrementAndGet();
	}

	long current() {
		return version.get();
	}

	/** A number that moves with {@link #current} and also when quotes were given their meaning. */
	long withMeaning() {
		return withMeaning.get();
	}

	/** Says the library changed by other means than entities (a rebuilt index). */
	void changed() {
		changedAt = System.nanoTime();
		version.incrementAndGet();
		meaningChanged();
	}

	private void meaningChanged() {
		meaningChangedAt = System.nanoTime();
		withMeaning.incrementAndGet();
	}

	/** Nanoseconds since the version last changed. */
	long sinceChange() {
		return System.nanoTime() - changedAt;
	}

	/** Nanoseconds since {@link #withMeaning} last changed. */
	long sinceMeaningChange() {
		return System.nanoTime() - meaningChangedAt;
	}

	/** Whether an update wrote nothing but a quote's meaning (which the persister says when it knows). */
	static boolean onlyMeaning(PostUpdateEvent event) {
		int[] dirty = event.getDirtyProperties();
		if (!(event.getEntity() instanceof Appearance) || dirty == null || dirty.length == 0) {
			return false;
		}
		String[] names = event.getPersister().getPropertyNames();
		for (int i : dirty) {
			if (!Appearance.MEANING.equals(names[i])) {
				return false;
			}
		}
		return true;
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
			if (onlyMeaning(event)) {
				meaningChanged();
			}
			else {
				changed();
			}
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
