package org.podquote.importer.format;

import org.junit.jupiter.api.Test;
import org.podquote.importer.format.ParsedTranscript.Segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class SrtTranscriptParserTest {

	private final SrtTranscriptParser parser = new SrtTranscriptParser();

	@Test
	void readsLabelsAndCarriesTheSpeakerOverLaterCues() throws Exception {
		ParsedTranscript transcript = parser.parse("labels.srt", Fixtures.text("labels.srt"));

		assertThat(transcript.format()).isEqualTo("srt");
		assertThat(transcript.segments()).containsExactly(
				new Segment("Grace Hopper", "A ship in port is safe, but that is not what ships are built for.", 250L,
						2_000L, 3, false),
				new Segment("Grace Hopper", "It is easier to ask forgiveness", 2_000L, 4_500L, 8, false),
				new Segment("Grace Hopper", "than to get permission.", 4_500L, 6_000L, 12, false),
				new Segment("Alan Turing", "We can only see a short distance ahead.", 6_000L, 7_000L, 16, false),
				new Segment("Alan Turing", "So: this is still Alan & not a label.", 7_000L, 8_000L, 20, false));
	}

	@Test
	void splitsACueWhereASecondSpeakerIsNamed() throws Exception {
		String srt = "1\r\n00:00:01,000 --> 00:00:03,000\r\nAnn: Tea?\r\nBen: Please.\r\n";
		assertThat(parser.parse("two.srt", srt).segments()).extracting(Segment::speaker, Segment::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ann", "Tea?"),
					org.assertj.core.groups.Tuple.tuple("Ben", "Please."));
	}

	@Test
	void takesAStrayTextBlockAsMoreTextOfTheCueBefore() throws Exception {
		String srt = "1\n00:00:01,000 --> 00:00:03,000\nAnn: Tea?\n\nWith milk.\n\n2\n00:00:03,000 --> 00:00:04,000\nYes.\n";
		assertThat(parser.parse("stray.srt", srt).segments()).extracting(Segment::text)
			.containsExactly("Tea? With milk.", "Yes.");
	}

	@Test
	void readsArrowsWithoutSpacesDotsShortFractionsAndABlankLineAfterTheNumber() throws Exception {
		assertThat(parser.parse("timings.srt", Fixtures.text("forms/timings.srt")).segments())
			.extracting(Segment::startMs, Segment::endMs, Segment::text)
			.containsExactly(tuple(0L, 2_000L, "No spaces around the arrow."),
					tuple(2_000L, 3_500L, "A dot and a short fraction, and coordinates."),
					tuple(4_000L, 5_000L, "A blank line after the number and a short arrow."),
					tuple(5_000L, 6_000L, "Two spaces around the arrow."));
	}

	@Test
	void refusesANegativeTimeWithItsLine() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("negative.srt", Fixtures.text("forms/negative.srt")))
			.satisfies((ex) -> assertThat(ex.describe()).isEqualTo("negative.srt:6: cue timing "
					+ "\"-00:00:01,000 --> 00:00:03,000\" has a negative time; times count from 0"));
	}

	@Test
	void givesCreditsSoundsAndTheCuesAfterABoilerplateLabelNoSpeaker() throws Exception {
		assertThat(parser.parse("credits.srt", Fixtures.text("forms/credits.srt")).segments())
			.extracting(Segment::speaker, Segment::text)
			.containsExactly(tuple(null, "Example Captioning Co."), tuple(null, "The film begins and nobody is named."),
					tuple(null, "[MUSIC PLAYING]"), tuple("Ann", "Now Ann speaks."), tuple(null, "\u266A la la la \u266A"),
					tuple("Ann", "And Ann goes on after the song."),
					tuple(null, "Subtitles by the Amara.org community"));
	}

	@Test
	void readsCuesWithoutNumbersAndIsDetectedWithoutThem() throws Exception {
		String srt = "00:00:01,000 --> 00:00:02,000\nAnn: Hi.\n\n00:00:02,000 --> 00:00:03,000\nBen: Ho.\n";
		assertThat(new TranscriptFormats().detect("cues", srt)).isEqualTo("srt");
		assertThat(parser.parse("t.srt", srt).segments()).extracting(Segment::speaker, Segment::startMs)
			.containsExactly(tuple("Ann", 1_000L), tuple("Ben", 2_000L));
	}

	@Test
	void readsLabelsAfterTheDialogueDashOfFilmSubtitles() throws Exception {
		String srt = "1\n00:00:01,000 --> 00:00:03,000\n- JANE: Coming?\n- TOM: In a minute.\n\n"
				+ "2\n00:00:03,000 --> 00:00:04,000\n-Fine.\n";
		assertThat(parser.parse("t.srt", srt).segments()).extracting(Segment::speaker, Segment::text)
			.containsExactly(tuple("JANE", "Coming?"), tuple("TOM", "In a minute."), tuple("TOM", "-Fine."));
	}

	@Test
	void namesTheCueNumberOfATruncatedFile() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("truncated.srt", Fixtures.text("truncated.srt")))
			.satisfies((ex) -> assertThat(ex.describe())
				.isEqualTo("truncated.srt:9: cue 3 has no timing line (is the file cut off?)"));
	}

	@Test
	void namesTheLineOfGarbageOrBrokenTiming() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("t.srt", "1\n00:00:01,000 --> 00:00:03,000\nHi.\n\n2\nzzzz\nThere.\n"))
			.satisfies((ex) -> assertThat(ex.describe()).startsWith("t.srt:6: expected the timing of cue 2"));
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("t.srt", "1\n00:00:01,000 --> 00:00:0\nHi.\n"))
			.satisfies((ex) -> assertThat(ex.describe()).startsWith("t.srt:2: broken cue timing")
				.doesNotContain("cut off"));
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("t.srt", "Hello, this is prose.\n"))
			.satisfies((ex) -> assertThat(ex.describe())
				.isEqualTo("t.srt:1: expected the number of the first cue, found \"Hello, this is prose.\""));
	}

}
