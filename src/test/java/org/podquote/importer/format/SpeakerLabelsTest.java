package org.podquote.importer.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", value = { "Jane Doe (host): Hello.|Jane Doe|host|-|Hello.",
			"Jane Doe (Co-Host): Hello.|Jane Doe|co-host|-|Hello.",
			"Sam Roe (Guest, Acme Corp) (00:00:09): Hi.|Sam Roe|guest|9000|Hi.",
			"Sam Roe (00:00:09) (guest): Hi.|Sam Roe|guest|9000|Hi.", "Ann Lee (Acme Corp): Hi.|Ann Lee|-|-|Hi.",
			"Speaker 1 (00:00:52): Thanks.|Speaker 1|-|52000|Thanks.", "Speaker 2: Hi.|Speaker 2|-|-|Hi.",
			"Speaker A: Hi.|Speaker A|-|-|Hi.", "SPEAKER_00: Hi.|SPEAKER_00|-|-|Hi.", "spk_0: Hi.|spk_0|-|-|Hi.",
			"[SPEAKER_01]: Hi.|SPEAKER_01|-|-|Hi.", "[SPEAKER_00] Hi.|SPEAKER_00|-|-|Hi.",
			"[Speaker 1] [01:07] Hi.|Speaker 1|-|67000|Hi.", "[Jane Doe] (01:07) Hi.|Jane Doe|-|67000|Hi.",
			"[00:01:07] Speaker 1: Hi.|Speaker 1|-|67000|Hi.", "00:01:07 Speaker 1: Hi.|Speaker 1|-|67000|Hi.",
			"Speaker 1 [00:01:07]: Hi.|Speaker 1|-|67000|Hi.", "Jane Doe: [00:01:07] Hi.|Jane Doe|-|67000|Hi.",
			"Jane Doe: (00:01:07) Hi.|Jane Doe|-|67000|Hi.",
			"[00:00.000 --> 00:04.000] SPEAKER_01: Hi.|SPEAKER_01|-|0|Hi.", "Speaker 1  0:00|Speaker 1|-|0|",
			"Jane Doe (00:52)|Jane Doe|-|52000|", "Jane Doe - 0:52|Jane Doe|-|52000|",
			"Jane Doe 00:00:05|Jane Doe|-|5000|", "Jane Doe 00:52|Jane Doe|-|52000|", "Speaker 1 0:09|Speaker 1|-|9000|",
			"Unknown Speaker  0:04|Unknown Speaker|-|4000|",
			"Johnny Boursiquot: Johnny Boursiquot: Hi.|Johnny Boursiquot|-|-|Hi.",
			"Jane Doe (host): Jane Doe (00:00:05): Hi.|Jane Doe|host|5000|Hi." })
	void readsTheFormsToolsWrite(String line, String name, String role, Long startMs, String rest) {
		SpeakerLabels.Label label = SpeakerLabels.of(line);
		assertThat(label).as(line).isNotNull();
		assertThat(label.name()).isEqualTo(name);
		assertThat(label.role()).isEqualTo(role);
		assertThat(label.startMs()).isEqualTo(startMs);
		assertThat(label.rest()).isEqualTo((rest == null) ? "" : rest);
	}

	@ParameterizedTest
	@ValueSource(strings = { "[Music] And then it played.", "[laughs] So anyway.", "[Applause] [00:01] Thanks.",
			"John 3:16", "Day 3: we went home", "Step 2: mix", "(00:01:17): continuing", "[Speaker 1](https://x.org) link",
			"10:30 we start", "We met at 10:30", "John 10:10", "Acts 2:38" })
	void doesNotTakeSoundsVersesOrContinuationsForLabels(String line) {
		assertThat(SpeakerLabels.of(line)).as(line).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "(00:01:17):|77000", "00:01:17|77000", "[01:07]|67000",
			"\\[00:04:10.15\\]|250150", "0:05|5000", "(00:01:17)|77000", "00:01:17 --> 00:01:20|77000" })
	void readsATimeAloneOnItsLine(String line, long ms) {
		assertThat(SpeakerLabels.timeOnly(line)).isEqualTo(ms);
	}

	@ParameterizedTest
	@ValueSource(strings = { "00:01:17 and more", "10:30 is late", "Ann: 00:01", "at 0:05" })
	void readsNoTimeFromALineWithMoreThanATime(String line) {
		assertThat(SpeakerLabels.timeOnly(line)).isNull();
	}

}
