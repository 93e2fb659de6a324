package org.podquote.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ServingActivityTest {

	private static final Duration QUIET = Duration.ofSeconds(1);

	private final AtomicLong now = new AtomicLong(5_000_000_000L);

	private final ServingActivity activity = new ServingActivity(now::get);

	@Test
	void anAppThatServedNothingIsIdle() {
		assertThat(activity.quietFor(QUIET)).isTrue();
	}

	@Test
	void aRequestInFlightAndTheSecondAfterItAreNotIdle() throws Exception {
		AtomicBoolean quietDuring = new AtomicBoolean(true);
		activity.doFilter(new MockHttpServletRequest("GET", "/search"), new MockHttpServletResponse(), (request, response) -> {
			now.addAndGet(Duration.ofSeconds(3).toNanos()); // a slow page: still not idle while it runs
			quietDuring.set(activity.quietFor(QUIET));
		});
		assertThat(quietDuring).isFalse();
		assertThat(activity.quietFor(QUIET)).isFalse();
		now.addAndGet(Duration.ofMillis(999).toNanos());
		assertThat(activity.quietFor(QUIET)).isFalse();
		now.addAndGet(Duration.ofMillis(1).toNanos());
		assertThat(activity.quietFor(QUIET)).isTrue();
	}

	@Test
	void aRequestThatFailsStillEnds() {
		try {
			activity.doFilter(new MockHttpServletRequest("GET", "/boom"), new MockHttpServletResponse(), (request, response) -> {
				throw new IllegalStateException("boom");
			});
		}
		catch (Exception expected) {
			assertThat(expected).hasMessage("boom");
		}
		now.addAndGet(QUIET.toNanos());
		assertThat(activity.quietFor(QUIET)).isTrue();
	}

}
