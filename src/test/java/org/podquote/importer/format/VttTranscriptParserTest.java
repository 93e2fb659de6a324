package org.podquote.importer.format;

import org.junit.jupiter.api.Test;
import org.podquote.importer.format.ParsedTranscript.Metadata;
import org.podquote.importer.format.ParsedTranscript.Segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class VttTranscriptParserTest {

	private final VttTranscriptParser parser = new VttTranscriptParser();

	@Test
	void readsVoicesLabelsMarkupAndEntitiesAndCarriesTheSpeakerOver() throws Exception {
		ParsedTranscript transcript = parser.parse("voices.vtt", Fixtures.text("voices.vtt"));

		assertThat(transcript.format()).isEqualTo("vtt");
		assertThat(transcript.segments()).containsExactly(
				new Segment("Fred Smith", "Welcome to the show & thanks for listening.", 0L, 2_500L, 14, false),
				new Segment("Fred Smith", "It's a pleasure <really> now.", 2_500L, 4_000L, 18, false),
				new Segment("Esme", "Thank you!", 4_000L, 6_000L, 21, false),
				new Segment("Fred Smith", "You\u2019re welcome.", 4_000L, 6_000L, 21, false),
				new Segment("Kim Lee", "Can I join?", 6_000L, 8_000L, 24, false),
				new Segment("Fred Smith", "Of course.", 8_000L, 9_500L, 27, false),
				new Segment("Fred Smith", "Note: 10:30 is not a speaker and neither is this.", 9_500L, 10_000L, 30,
						false));
	}

	@Test
	void readsWindowsLineEndingsAndAByteOrderMark() throws Exception {
		String vtt = "\uFEFFWEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\n<v Ann>Hi.\r\n";
		assertThat(parser.parse("crlf.vtt", vtt).segments())
			.containsExactly(new Segment("Ann", "Hi.", 1_000L, 2_000L, 4, false));
	}

	@Test
	void namesTheLineOfATruncatedTiming() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("truncated.vtt", Fixtures.text("truncated.vtt")))
			.satisfies((ex) -> assertThat(ex.describe())
				.isEqualTo("truncated.vtt:6: broken cue timing \"00:00:02.000 --> 00:00:0\", "
						+ "expected e.g. 00:00:01.000 --> 00:00:04.000 (is the file cut off?)"));
	}

	@Test
	void saysAWordForATimeIsNoCutOffEvenAtTheEnd() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("bad.vtt", "WEBVTT\n\n00:00:01.000 --> soon\n"))
			.satisfies((ex) -> assertThat(ex.describe()).isEqualTo("bad.vtt:3: broken cue timing "
					+ "\"00:00:01.000 --> soon\": the end \"soon\" is not a time; expected e.g. 00:00:01.000 --> 00:00:04.000"));
	}

	@Test
	void namesTheLineOfATimingCutOffBeforeItsArrow() {
		String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n\n00:00:0";
		assertThatExceptionOfType(TranscriptParseException.class).isThrownBy(() -> parser.parse("t.vtt", vtt))
			.satisfies((ex) -> assertThat(ex.describe()).isEqualTo("t.vtt:6: expected a cue timing line such as "
					+ "00:00:01.000 --> 00:00:04.000, found \"00:00:0\" (is the file cut off?)"));
	}

	@Test
	void namesTheLineOfGarbageWhereATimingLineShouldBe() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("garbage.vtt", Fixtures.text("garbage.vtt")))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(7);
				assertThat(ex.getMessage()).contains("after the cue identifier \"cue-2\"", "@@@@ garbage @@@@");
			});
	}

	@Test
	void readsTimingsWithoutHoursWithBareSecondsAndWithoutSpacesAroundTheArrow() throws Exception {
		assertThat(parser.parse("timings.vtt", Fixtures.text("forms/timings.vtt")).segments())
			.extracting(Segment::startMs, Segment::endMs, Segment::line)
			.containsExactly(tuple(500L, 6_250L, 4), tuple(62_400L, 64_900L, 7), tuple(65_500L, 66_750L, 10),
					tuple(67_000L, 68_000L, 13), tuple(4_500_000L, 4_502_000L, 16));
	}

	@Test
	void refusesACueThatEndsBeforeItStartsWithItsLine() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("reversed.vtt", Fixtures.text("forms/reversed.vtt")))
			.satisfies((ex) -> assertThat(ex.describe())
				.isEqualTo("reversed.vtt:6: cue timing \"00:00:05.000 --> 00:00:04.000\" ends before it starts"));
	}

	@Test
	void saysWhichTimeIsBrokenInTheMiddleOfAFileWithoutSuggestingItIsCutOff() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("typo.vtt", Fixtures.text("forms/typo.vtt")))
			.satisfies((ex) -> assertThat(ex.describe())
				.isEqualTo("typo.vtt:6: broken cue timing \"00:00:02.000 --> 00:00:0x.000\": the end \"00:00:0x.000\" "
						+ "is not a time; expected e.g. 00:00:01.000 --> 00:00:04.000"));
	}

	@Test
	void saysATimingWithoutItsArrowIsOneRatherThanACueIdentifier() {
		String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n\n00:00:02.000 00:00:03.000\nThere.\n";
		assertThatExceptionOfType(TranscriptParseException.class).isThrownBy(() -> parser.parse("t.vtt", vtt))
			.satisfies((ex) -> assertThat(ex.describe()).isEqualTo("t.vtt:6: broken cue timing "
					+ "\"00:00:02.000 00:00:03.000\": it needs a start, an arrow and an end; expected e.g. "
					+ "00:00:01.000 --> 00:00:04.000"));
	}

	@Test
	void readsNumbersAsCueIdentifiers() throws Exception {
		String vtt = "WEBVTT\n\n1\n00:00:03.000 --> 00:00:06.500\n<v Ann>Hi.\n\n2\n00:00:06.500 --> 00:00:09.000\nHo.\n";
		assertThat(parser.parse("t.vtt", vtt).segments()).extracting(Segment::speaker, Segment::startMs)
			.containsExactly(tuple("Ann", 3_000L), tuple("Ann", 6_500L));
	}

	@Test
	void takesAStrayLineAfterABlankLineInsideACueAsMoreOfThatCue() throws Exception {
		String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hello\n\nthere.\n\n00:00:02.000 --> 00:00:03.000\nBye.\n";
		assertThat(parser.parse("stray.vtt", vtt).segments()).extracting(Segment::speaker, Segment::text, Segment::startMs)
			.containsExactly(tuple("Ann", "Hello", 1_000L), tuple("Ann", "there.", 1_000L), tuple("Ann", "Bye.", 2_000L));
	}

	@Test
	void refusesAFileWithoutHeaderOrWithoutText() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("t.vtt", "00:00:01.000 --> 00:00:02.000\nHi.\n"))
			.satisfies((ex) -> assertThat(ex.getLine()).isEqualTo(1))
			.withMessageStartingWith("a WebVTT file must start with \"WEBVTT\"");
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("t.vtt", "WEBVTT\n\nNOTE nothing said\n"))
			.withMessage("the WebVTT file has no cue with text");
	}

	@Test
	void givesCreditCuesNoSpeakerWhetherLabelledVoicedOrWritten() throws Exception {
		assertThat(parser.parse("credits.vtt", Fixtures.text("forms/credits.vtt")).segments())
			.extracting(Segment::speaker, Segment::text)
			.containsExactly(tuple("Jane Doe", "Welcome back."), tuple(null, "Example Captions Ltd."),
					tuple(null, "Nobody is named after the credit."), tuple("Jane Doe", "Jane again."),
					tuple(null, "applause"), tuple(null, "Transcribed by https://otter.ai"),
					tuple(null, "Synced and corrected by someone"), tuple(null,
							"Support us and become VIP member to remove all ads from www.OpenSubtitles.org"));
	}

	@Test
	void keepsTheVoiceAfterACreditLineThatNamesNoLabel() throws Exception {
		String vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hi.\n\n00:02.000 --> 00:03.000\n[Music]\n\n"
				+ "00:03.000 --> 00:04.000\nStill Ann.\n";
		assertThat(parser.parse("t.vtt", vtt).segments()).extracting(Segment::speaker)
			.containsExactly("Ann", null, "Ann");
	}

	@Test
	void readsYouTubeRollingCaptionsOnceEach() throws Exception {
		assertThat(parser.parse("youtube-auto.vtt", Fixtures.text("forms/youtube-auto.vtt")).segments())
			.extracting(Segment::speaker, Segment::startMs, Segment::text)
			.containsExactly(tuple(null, 0L, "welcome back to the show"), tuple(null, 2_360L, "today we talk about tapes"),
					tuple(null, 5_010L, "[Music]"));
	}

	@Test
	void keepsALineSaidAgainInACueOfItsOwn() throws Exception {
		String vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\nAnn: No.\n\n00:02.000 --> 00:03.000\nNo.\n";
		assertThat(parser.parse("t.vtt", vtt).segments()).extracting(Segment::text).containsExactly("No.", "No.");
	}

	@Test
	void readsTitleLinesOfTheHeaderAsMetadata() throws Exception {
		String vtt = "WEBVTT\nKind: captions\nLanguage: en\nTitle: Captioned Episode\n\n00:01.000 --> 00:02.000\nHi.\n";
		assertThat(parser.parse("t.vtt", vtt).metadata())
			.isEqualTo(new Metadata("Captioned Episode", null, null, null, null, null, "header lines"));
		assertThat(parser.parse("voices.vtt", Fixtures.text("voices.vtt")).metadata()).isEqualTo(Metadata.NONE);
	}

}
