package org.podquote.search;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Results of searches that a page makes on every view with the same words (a person's "Mentioned by
 * others", a search's phrase over time), kept until the library changes ({@link LibraryVersion}: a
 * commit that wrote an entity, a rebuilt index), at most so many per cache, the least recently used
 * going first.
 * <p>
 * The version moves when a commit ends, and the index may take a moment longer to show what it
 * wrote; so a result computed within {@link #SETTLE} of a change is returned but not kept, and the
 * next view asks the index again.
 */
@Component
public class LibraryCache {

	static final Duration SETTLE = Duration.ofSeconds(2);

	private final LibraryVersion version;

	LibraryCache(LibraryVersion version) {
		this.version = version;
	}

	/** The library's version now: it moves with each change, emptying every cache. */
	public long version() {
		return version.current();
	}

	/**
	 * Whether the last change is older than {@link #SETTLE}, so that what is computed now is kept: a
	 * background job that fills the caches waits for this before it starts.
	 */
	public boolean settled() {
		return version.sinceChange() >= SETTLE.toNanos();
	}

	/**
	 * A cache of at most {@code max} values, emptied when the library changes; quotes given their
	 * meaning by the background embedder are no change to it.
	 */
	public <K, V> Bounded<K, V> bounded(int max) {
		return new Bounded<>(version::current, version::sinceChange, max);
	}

	/**
	 * A cache of values that depend on the quotes' embeddings as well (the quotes said alike): also
	 * emptied whenever quotes are given their meaning.
	 */
	public <K, V> Bounded<K, V> boundedWithMeaning(int max) {
		return new Bounded<>(version::withMeaning, version::sinceMeaningChange, max);
	}

	public static final class Bounded<K, V> {

		/** The version this cache follows, and the nanoseconds since it last moved. */
		private final LongSupplier current;

		private final LongSupplier sinceChange;

		private final int max;

		private long heldFor = -1;

		private final Map<K, V> values;

		Bounded(LongSupplier current, LongSupplier sinceChange, int max) {
			this.current = current;
			this.sinceChange = sinceChange;
			this.max = max;
			this.values = new LinkedHashMap<>(16, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
					return size() > Bounded.this.max;
				}

			};
		}

		/** The value kept for this key in this version of the library, else computed (outside the lock). */
		public V get(K key, Supplier<V> compute) {
			long now = current.getAsLong();
			synchronized (this) {
				if (heldFor != now) {
					values.clear();
					heldFor = now;
				}
				V held = values.get(key);
				if (held != null) {
					return held;
				}
			}
			boolean settled = sinceChange.getAsLong() >= SETTLE.toNanos();
			V value = compute.get();
			if (settled && value != null) {
				synchronized (this) {
					if (heldFor == now && current.getAsLong() == now) {
						values.put(key, value);
					}
				}
			}
			return value;
		}

		/** The value kept for this key in this version of the library, or null: nothing is computed. */
		public synchronized V peek(K key) {
			return heldFor == current.getAsLong() ? values.get(key) : null;
		}

		synchronized int size() {
			return values.size();
		}

	}

}
