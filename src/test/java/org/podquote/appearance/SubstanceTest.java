package org.podquote.appearance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubstanceTest {

	@Test
	void backchannelFillerAndTranscribersCuesSayNothing() {
		for (String text : new String[] { "Yeah.", "Mm-hm.", "[laughs]", "Right.", "Yeah. [unintelligible 00:02:03.22]",
				"Uh-huh, yeah, totally.", "Oh, okay. Cool, cool.", "\\[laughter\\] Yes!", "(laughs) Sure.", "", "   " }) {
			assertThat(Substance.of(text)).as(text).isZero();
		}
		assertThat(Substance.of(null)).isZero();
	}

	@Test
	void countsTheDistinctWordsThatCarrySomething() {
		assertThat(Substance.of("Generics make the standard library simpler.")).isEqualTo(5);
		assertThat(Substance.of("Generics, generics, GENERICS!")).as("each word once, whatever its case").isEqualTo(1);
		assertThat(Substance.of("I don't think it's that hard to write a parser in Go, honestly."))
			.as("function words and apostrophes").isEqualTo(5);
		assertThat(Substance.of("[04:22] Concurrency isn't parallelism.")).as("a time cue is no word").isEqualTo(2);
	}

	@Test
	void aLongerThoughtOutranksAShortReply() {
		String thought = "So we built a little tool that spins up a few services, worries about the environment, "
				+ "and then calls go test with a special flag to run all those tests.";
		assertThat(Substance.of(thought)).isGreaterThan(Substance.of("Yeah, that's a good point, actually."))
			.isGreaterThan(10);
	}

	@Test
	void aRecordingPlayedIsNotTheSpeakersWords() {
		assertThat(Substance.of("[song excerpt 01:16:40.17] \"You're saying the price of generics is not a price...\""))
			.isZero();
		assertThat(Substance.of("\\[clip\\] And that was the moment the compiler got fast.")).isZero();
		assertThat(Substance.of("I played them the song later [music] and they loved it.")).isPositive();
	}

}
