package org.podquote.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.podquote.search.LibraryCache;
import org.podquote.search.SimilarQuotes;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background fill of the person pages gives way to requests: before each person it waits while
 * the app is serving, and a change of the library during that wait ends the fill unfinished.
 */
class PersonPrefillYieldTest {

	/** What happened, in order: "pause", or the slug of a person whose searches ran. */
	private final List<String> events = new ArrayList<>();

	private final AtomicLong version = new AtomicLong(1);

	private final SimilarQuotes similar = mock(SimilarQuotes.class);

	@Test
	void waitsBeforeEachPersonUntilNoRequestIsBeingServed() throws Exception {
		// busy twice before the first person, once before the second
		PersonPrefill prefill = prefill(new ArrayDeque<>(List.of(false, false, true, false, true)), () -> { });

		assertThat(prefill.fill()).isTrue();
		assertThat(events).containsExactly("pause", "pause", "ada-host", "pause", "bo-guest");
		// filled for this version: not again
		assertThat(prefill.fill()).isFalse();
	}

	@Test
	void anIdleAppIsFilledWithoutWaiting() throws Exception {
		PersonPrefill prefill = prefill(new ArrayDeque<>(List.of(true, true)), () -> { });

		assertThat(prefill.fill()).isTrue();
		assertThat(events).containsExactly("ada-host", "bo-guest");
	}

	@Test
	void aChangeOfTheLibraryWhileItWaitsEndsTheFillUnfinished() throws Exception {
		// the second person waits; meanwhile an import changes the library
		PersonPrefill prefill = prefill(new ArrayDeque<>(List.of(true, false, false, false)), version::incrementAndGet);

		assertThat(prefill.fill()).isFalse();
		assertThat(events).containsExactly("ada-host", "pause");
		// the next check fills for the new version
		events.clear();
		PersonPrefill again = prefill(new ArrayDeque<>(List.of(true, true)), () -> { });
		assertThat(again.fill()).isTrue();
		assertThat(events).containsExactly("ada-host", "bo-guest");
	}

	private PersonPrefill prefill(Deque<Boolean> quiet, Runnable duringPause) {
		SpeakerRepository speakers = mock(SpeakerRepository.class);
		when(speakers.findMostQuoted(any(Pageable.class))).thenReturn(new PageImpl<>(
				List.of(new SpeakerCount("ada-host", "Ada Host", 90), new SpeakerCount("bo-guest", "Bo Guest", 40))));
		when(speakers.findBySlug(anyString())).thenReturn(Optional.empty());
		doAnswer(call -> {
			events.add(call.getArgument(0));
			return List.of();
		}).when(similar).saidAlike(anyString(), anyInt());
		LibraryCache cache = mock(LibraryCache.class);
		when(cache.version()).thenAnswer(call -> version.get());
		when(cache.settled()).thenReturn(true);
		return new PersonPrefill(speakers, mock(Mentions.class), mock(PersonTotals.class), similar, cache, mock(TransactionTemplate.class), 25,
				() -> {
					assertThat(quiet).as("asked whether the app is idle more often than expected").isNotEmpty();
					return quiet.poll();
				}, () -> {
					events.add("pause");
					duringPause.run();
				});
	}

}
