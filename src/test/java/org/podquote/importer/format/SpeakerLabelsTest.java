package org.podquote.importer.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerLabelsTest {

	@ParameterizedTest
	@ValueSource(strings = { "Ann: hi", "Ludwig van Beethoven: da da da", "Dr. Jane O'Brien: hello", "JOHN: hey",
			"[Ann Lee]: hi", "Ann (00:12:03): hi", "Ann: ", "Zoë Ångström: hej", "Q: Why?", "A: Because." })
	void takesNamesForLabels(String line) {
		assertThat(SpeakerLabels.of(line)).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "So: what now?", "Note: this is important", "https://example.org is a link",
			"At 10:30 we start", "10:30: time", "The thing is: nobody knows", "this one: lower case",
			"One Two Three Four Five Six: too many words", "Ann:no space after the colon",
			"Time: 10:30 is not a speaker" })
	void doesNotTakeSentencesTimesOrUrlsForLabels(String line) {
		assertThat(SpeakerLabels.of(line)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ann (00:12:03): Hello there.", "[Ann] (00:12:03): Hello there." })
	void readsTheTimeOfALabel(String line) {
		SpeakerLabels.Label label = SpeakerLabels.of(line);
		assertThat(label.name()).isEqualTo("Ann");
		assertThat(label.startMs()).isEqualTo(723_000L);
		assertThat(label.rest()).isEqualTo("Hello there.");
	}

}
