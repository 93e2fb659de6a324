package org.podquote.appearance;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.podquote.episode.Episode;
import org.podquote.podcast.Podcast;
import org.podquote.speaker.Speaker;

import static org.assertj.core.api.Assertions.assertThat;

class AppearanceLeadTest {

	private final Episode episode = new Episode(new Podcast("show", "Show"), "one", "guid-1", "One");

	private final Speaker juno = new Speaker("juno", "Juno");

	@Test
	void aPassageThatGoesOnWithTheTurnBeforeLeadsWithItsLastWords() {
		Appearance first = at(0, juno, "That is the end of one sentence.");
		Appearance second = at(1, juno, "And the start of the next.");

		second.follow(first);

		assertThat(second.getLead()).isEqualTo("That is the end of one sentence.");
		first.follow(null);
		assertThat(first.getLead()).isNull();
	}

	@Test
	void noLeadAcrossAChangeOfSpeakerOrVoiceAGapOrAHeading() {
		Appearance first = at(0, juno, "Juno speaks.");
		Appearance other = at(1, new Speaker("otis", "Otis"), "Otis answers.");
		other.follow(first);
		assertThat(other.getLead()).isNull();

		Appearance later = at(2, juno, "Juno again.");
		later.follow(first);
		assertThat(later.getLead()).isNull();

		Appearance heading = at(1, juno, "Chapter two");
		heading.setHeading(true);
		heading.follow(first);
		assertThat(heading.getLead()).isNull();
		Appearance afterHeading = at(2, juno, "After it.");
		afterHeading.follow(heading);
		assertThat(afterHeading.getLead()).isNull();

		Appearance voiceOne = at(0, null, "Speaker one speaks.");
		voiceOne.setVoice("Speaker 1");
		Appearance voiceTwo = at(1, null, "Speaker two answers.");
		voiceTwo.setVoice("Speaker 2");
		voiceTwo.follow(voiceOne);
		assertThat(voiceTwo.getLead()).isNull();
		Appearance voiceOneAgain = at(1, null, "And goes on.");
		voiceOneAgain.setVoice("Speaker 1");
		voiceOneAgain.follow(voiceOne);
		assertThat(voiceOneAgain.getLead()).isEqualTo("Speaker one speaks.");

		Appearance unknown = at(0, null, "Someone speaks.");
		Appearance unknownToo = at(1, null, "And goes on.");
		unknownToo.follow(unknown);
		assertThat(unknownToo.getLead()).isEqualTo("Someone speaks.");
	}

	@Test
	void theLeadIsTheLastWholeWordsWithinTheCaps() {
		String words = IntStream.rangeClosed(1, 40).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
		assertThat(Appearance.tail(words + ".\n")).isEqualTo(IntStream.rangeClosed(25, 40)
			.mapToObj(i -> "w" + i)
			.collect(Collectors.joining(" ")) + ".");

		String longWords = IntStream.range(0, 20).mapToObj(i -> "x".repeat(30) + i).collect(Collectors.joining(" "));
		String tail = Appearance.tail(longWords);
		assertThat(tail.length()).isLessThanOrEqualTo(Appearance.LEAD_CHARS);
		assertThat(longWords).endsWith(" " + tail);
		assertThat(Appearance.tail("y".repeat(Appearance.LEAD_CHARS + 5))).isNull();
	}

	private Appearance at(int position, Speaker speaker, String text) {
		return new Appearance(episode, speaker, position, text, Attribution.TRANSCRIPT_LABEL);
	}

}
