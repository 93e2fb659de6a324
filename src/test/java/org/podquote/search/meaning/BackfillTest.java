package org.podquote.search.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackfillTest {

	@Test
	void anIdleAppEmbedsWholeBatches() {
		assertThat(Backfill.batchNow(true, 0, 64)).isEqualTo(64);
	}

	@Test
	void whileServingItWaitsThenEmbedsOneSmallBatchEveryFewSeconds() {
		assertThat(Backfill.batchNow(false, 0, 64)).isZero();
		assertThat(Backfill.batchNow(false, Backfill.BUSY_EVERY_MS - 1, 64)).isZero();
		assertThat(Backfill.batchNow(false, Backfill.BUSY_EVERY_MS, 64)).isEqualTo(Backfill.BUSY_BATCH);
		assertThat(Backfill.batchNow(false, Backfill.BUSY_EVERY_MS, 3)).isEqualTo(3);
	}

}
