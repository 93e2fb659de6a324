package org.podquote.search;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What a page's searches keep: a value per key until the library's version moves, at most so many,
 * the least recently used going first, and nothing kept just after a change (the index may not show
 * the commit yet).
 */
class LibraryCacheTest {

	final LibraryVersion version = mock(LibraryVersion.class);

	final AtomicInteger computed = new AtomicInteger();

	@Test
	void keepsAValueUntilTheLibraryChanges() {
		settled(7);
		LibraryCache.Bounded<String, String> cache = new LibraryCache(version).bounded(10);
		assertThat(cache.get("ada", () -> compute("ada"))).isEqualTo("ada 1");
		assertThat(cache.get("ada", () -> compute("ada"))).isEqualTo("ada 1");
		assertThat(computed).hasValue(1);

		settled(8);
		assertThat(cache.get("ada", () -> compute("ada"))).isEqualTo("ada 2");
		assertThat(cache.get("ada", () -> compute("ada"))).isEqualTo("ada 2");
	}

	@Test
	void keepsNothingComputedJustAfterAChange() {
		when(version.current()).thenReturn(3L);
		when(version.sinceChange()).thenReturn(LibraryCache.SETTLE.toNanos() - 1);
		LibraryCache.Bounded<String, String> cache = new LibraryCache(version).bounded(10);
		assertThat(cache.get("ada", () -> compute("ada"))).isEqualTo("ada 1");
		assertThat(cache.get("ada", () -> compute("ada"))).isEqualTo("ada 2");
		assertThat(cache.size()).isZero();

		when(version.sinceChange()).thenReturn(LibraryCache.SETTLE.toNanos());
		assertThat(cache.get("ada", () -> compute("ada"))).isEqualTo("ada 3");
		assertThat(cache.get("ada", () -> compute("ada"))).isEqualTo("ada 3");
	}

	@Test
	void dropsTheLeastRecentlyUsedBeyondItsSize() {
		settled(1);
		LibraryCache.Bounded<String, String> cache = new LibraryCache(version).bounded(2);
		cache.get("ada", () -> compute("ada"));
		cache.get("bo", () -> compute("bo"));
		cache.get("ada", () -> compute("ada"));
		cache.get("cy", () -> compute("cy"));
		assertThat(cache.size()).isEqualTo(2);
		assertThat(computed).hasValue(3);
		assertThat(cache.get("ada", () -> compute("ada"))).isEqualTo("ada 1");
		assertThat(cache.get("bo", () -> compute("bo"))).isEqualTo("bo 4");
	}

	private void settled(long at) {
		when(version.current()).thenReturn(at);
		when(version.sinceChange()).thenReturn(LibraryCache.SETTLE.toNanos() * 10);
	}

	private String compute(String key) {
		return key + " " + computed.incrementAndGet();
	}

}
