package org.podquote.system;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A failing round is logged and the schedule goes on; stopping ends it. */
class TickingTest {

	@Test
	void aFailedRoundDoesNotEndTheSchedule() throws InterruptedException {
		AtomicInteger rounds = new AtomicInteger();
		CountDownLatch third = new CountDownLatch(3);
		Ticking ticking = new Ticking("test-ticks", Duration.ofMillis(5), "A test round failed") {

			@Override
			protected void round() {
				rounds.incrementAndGet();
				third.countDown();
				throw new IllegalStateException("every round fails");
			}

		};
		assertThat(ticking.isRunning()).isFalse();
		ticking.start();
		try {
			assertThat(ticking.isRunning()).isTrue();
			assertThat(third.await(30, TimeUnit.SECONDS)).as("three rounds despite failures").isTrue();
		}
		finally {
			ticking.stop();
		}
		assertThat(ticking.isRunning()).isFalse();
		int after = rounds.get();
		Thread.sleep(50);
		assertThat(rounds.get()).as("no round after stop").isLessThanOrEqualTo(after + 1);
	}

}
