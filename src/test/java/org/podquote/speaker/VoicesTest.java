package org.podquote.speaker;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VoicesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Speaker 1          | Speaker 1
			speaker 1          | Speaker 1
			SPEAKER_1          | Speaker 1
			SPEAKER_00         | Speaker 0
			SPEAKER_01         | Speaker 1
			Speaker-12         | Speaker 12
			Speaker #3         | Speaker 3
			Speaker1           | Speaker 1
			Spk 2              | Speaker 2
			spk_2              | Speaker 2
			S1                 | Speaker 1
			Speaker A          | Speaker A
			speaker_b          | Speaker B
			Speaker One        | Speaker One
			Speaker            | Speaker
			Voice 2            | Voice 2
			Participant 3      | Participant 3
			Guest 1            | Guest 1
			Guest              | Guest
			Host               | Host
			Co-Host            | Co-host
			Interviewer        | Interviewer
			Interviewee        | Interviewee
			Narrator           | Narrator
			Unknown            | Unknown speaker
			Unknown Speaker    | Unknown speaker
			UNKNOWN_SPEAKER    | Unknown speaker
			Unknown Speaker 2  | Unknown speaker 2
			Unidentified Voice | Unknown speaker
			Audience           | Audience
			Audience Member    | Audience member
			audience member    | Audience member
			Crowd              | Crowd
			Both               | Both
			Everyone           | Everyone
			Multiple Speakers  | Multiple speakers
			Student 1          | Student 1
			CALLER_2           | Caller 2
			Q                  | Q
			A                  | A
			""")
	void readsARoleWordAndItsNumberAsAGenericVoice(String label, String voice) {
		assertThat(Voices.generic(label)).isEqualTo(voice);
		assertThat(Voices.isGeneric(label)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sam Marks", "Jane Doe", "Malcolm X", "Speakerman", "Guesty", "Web3", "R2D2", "Jane Doe 2",
			"S", "Adam Stacoviak", "Hostess Twinkie", "Audio" })
	void leavesWhatMayBeANameAlone(String label) {
		assertThat(Voices.generic(label)).isNull();
	}

	@Test
	void labelsThatAreNotPeopleAreConfiguredAndKeepTheirConfiguredSpelling() {
		Voices voices = Voices.defaults();
		assertThat(voices.notAPerson("MUSIC")).isTrue();
		assertThat(voices.voiceOf("  subtitles ")).isEqualTo("Subtitles");
		assertThat(voices.voiceOf("Jingle")).isEqualTo("Jingle");
		assertThat(voices.voiceOf("SPEAKER_2")).isEqualTo("Speaker 2");
		assertThat(voices.voiceOf("Jane Doe")).isNull();
		assertThat(voices.notAPerson("Narrator")).isFalse();

		Voices mine = new Voices(Set.of("Station ID"));
		assertThat(mine.voiceOf("station id")).isEqualTo("Station ID");
		assertThat(mine.notAPerson("Music")).isFalse();
		assertThat(Voices.isGeneric("Music")).isFalse();
	}

}
