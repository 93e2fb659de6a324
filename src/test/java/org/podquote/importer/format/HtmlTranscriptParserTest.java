package org.podquote.importer.format;

import org.junit.jupiter.api.Test;
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

}
