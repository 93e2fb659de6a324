package org.podquote.importer.format;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.podquote.importer.format.ParsedTranscript.Metadata;
import org.podquote.importer.format.ParsedTranscript.Segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HtmlTranscriptParserTest {

	private final HtmlTranscriptParser parser = new HtmlTranscriptParser();

	@Test
	void readsCiteTimeAndParagraphsAndIgnoresWhatIsNotSpeech() throws Exception {
		ParsedTranscript transcript = parser.parse("episode.html", Fixtures.text("episode.html"));

		assertThat(transcript.format()).isEqualTo("html");
		assertThat(transcript.segments()).containsExactly(
				new Segment("Kevin", "We have an update planned where we would like to give the ability to upload "
						+ "an artwork file & more for these videos", 0L, null, 11, false),
				new Segment("Alban", "You're triggering Tom right now.", 3_729_000L, null, 17, false),
				new Segment("Alban", "Second paragraph, still Alban.", null, null, 18, false),
				new Segment("Tom", "I\u2019m fine.", null, null, 21, false));
	}

	@Test
	void refusesHtmlWithoutParagraphs() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("t.html", "<html><body><h1>Nothing</h1></body></html>"))
			.withMessage("the HTML has no <p> paragraph with text");
	}

	@Test
	void readsLabelsAndTimesInsideParagraphsAndTimesAloneInTheirOwn() throws Exception {
		ParsedTranscript transcript = parser.parse("paragraphs.html", Fixtures.text("forms/paragraphs.html"));

		assertThat(transcript.segments()).containsExactly(
				new Segment("Jingle", "Example Radio!", null, null, 11, false),
				new Segment("Ann Lee", "After the jingle, two minutes in.", 125_000L, null, 13, false),
				new Segment("Ann Lee", "Still Ann, with a time inside.", null, null, 14, false),
				new Segment("Ben Ode", "Markdown the converter left.", 260_500L, null, 15, false),
				new Segment("Cy Dee", "A label alone, then the text.", 300_000L, null, 17, false, "guest"),
				new Segment("Dee Eff", "A plain label.", null, null, 18, false),
				new Segment("Dee Eff", "Warning: bold that is no label.", null, null, 19, false));
	}

	@Test
	void readsTheTitleAndMetaTagsOfTheHead() throws Exception {
		assertThat(parser.parse("paragraphs.html", Fixtures.text("forms/paragraphs.html")).metadata())
			.isEqualTo(new Metadata("Episode 7: Tapes & Reels", LocalDate.of(2024, 5, 31), null,
					"https://example.org/7.mp3", "https://example.org/episodes/7", null, "<meta>, <link>"));
		assertThat(parser.parse("episode.html", Fixtures.text("episode.html")).metadata())
			.isEqualTo(new Metadata("Episode 12 transcript", null, null, null, null, null, "<title>"));
	}

}
