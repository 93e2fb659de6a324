package org.podquote.speaker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostInferenceTest {

	@Test
	void aHostIsInHalfTheShowsEpisodesOrOpensSeveral() {
		assertThat(HostInference.holds(5, 8, 0)).as("in most episodes").isTrue();
		assertThat(HostInference.holds(4, 8, 0)).as("in half").isTrue();
		assertThat(HostInference.holds(126, 341, 98)).as("a panel show's regular opener").isTrue();
		assertThat(HostInference.holds(80, 341, 2)).as("a regular who seldom opens").isFalse();
		assertThat(HostInference.holds(12, 341, 0)).as("a returning guest").isFalse();
		assertThat(HostInference.holds(2, 2, 2)).as("too few episodes to tell").isFalse();
		assertThat(HostInference.holds(3, 3, 0)).isTrue();
	}

	@Test
	void saysWhetherOpeningIsPartOfTheEvidence() {
		assertThat(new HostInference.Host("Go Time", 126, 341, 98).opens()).isTrue();
		assertThat(new HostInference.Host("Small Show", 5, 8, 1).opens()).isFalse();
	}

}
