package org.podquote.importer.format;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.podquote.importer.format.ParsedTranscript.Metadata;
import org.podquote.importer.format.ParsedTranscript.Segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JsonTranscriptParserTest {

	private final JsonTranscriptParser parser = new JsonTranscriptParser();

	@Test
	void keepsOneSegmentPerJsonSegmentWithTimesInMilliseconds() throws Exception {
		ParsedTranscript transcript = parser.parse("words.json", Fixtures.text("words.json"));

		assertThat(transcript.format()).isEqualTo("json");
		assertThat(transcript.segments()).containsExactly(
				new Segment("Ada Lovelace", "The", 500L, 750L, 4, false),
				new Segment("Ada Lovelace", "engine", 750L, 1_100L, 5, false),
				new Segment("Ada Lovelace", "weaves", 1_100L, 1_600L, 6, false),
				new Segment("Ada Lovelace", "algebraic patterns.", 1_600L, 2_000L, 7, false),
				new Segment("Charles Babbage", "Quite so.", 2_250L, 3_000L, 8, false),
				new Segment("Charles Babbage", "Untimed words.", null, null, 10, false));
	}

	@Test
	void namesTheLineWhereTheJsonBreaks() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("broken.json", Fixtures.text("broken.json")))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(6);
				assertThat(ex.describe()).startsWith("broken.json:6: not valid JSON");
			});
	}

	@Test
	void refusesJsonWithoutSegments() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("other.json", "{\"version\": \"1.0.0\", \"items\": []}"))
			.withMessage("the JSON has no \"segments\" array");
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("empty.json", "{\"segments\": [{\"body\": \"  \"}]}"))
			.withMessage("the JSON transcript has no segment with a body");
	}

	@Test
	void refusesNegativeOrNonNumericTimesNamingTheSegmentLine() {
		String json = "{\"segments\": [\n{\"body\": \"a\", \"startTime\": 1},\n{\"body\": \"b\", \"startTime\": -2}\n]}";
		assertThatExceptionOfType(TranscriptParseException.class).isThrownBy(() -> parser.parse("t.json", json))
			.satisfies((ex) -> assertThat(ex.describe()).startsWith("t.json:3: \"startTime\" must be a number"));
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> parser.parse("t.json", "{\"segments\": [{\"body\": \"a\", \"endTime\": \"soon\"}]}"))
			.withMessageContaining("\"endTime\" must be a number of seconds");
	}

	@Test
	void acceptsByContentOrByName() {
		assertThat(parser.accepts("upload", Fixtures.text("words.json"))).isTrue();
		assertThat(parser.accepts("upload", "\uFEFF\n  {\"segments\": []}")).isTrue();
		assertThat(parser.accepts("t.json", "")).isTrue();
		assertThat(parser.accepts("t.txt", "{\"title\": \"no segments\"}")).isFalse();
	}

	@Test
	void readsWhisperXSegmentsAndTopLevelFields() throws Exception {
		ParsedTranscript transcript = parser.parse("whisperx.json", Fixtures.text("forms/whisperx.json"));

		assertThat(transcript.segments()).containsExactly(
				new Segment("SPEAKER_00", "Hello and welcome.", 31L, 2_500L, 6, false),
				new Segment("SPEAKER_01", "Thanks.", 2_500L, 4_000L, 8, false),
				new Segment("SPEAKER_01", "Still the second voice.", 4_000L, 5_250L, 9, false));
		assertThat(transcript.metadata()).isEqualTo(
				new Metadata("Whisper Show 3", LocalDate.of(2024, 1, 2), null, null, null, null, "JSON fields"));
	}

	@Test
	void readsWhisperCppTranscriptionWithOffsetsInMilliseconds() throws Exception {
		assertThat(new TranscriptFormats().detect("out", Fixtures.text("forms/whisper-cpp.json"))).isEqualTo("json");
		assertThat(parser.parse("whisper-cpp.json", Fixtures.text("forms/whisper-cpp.json")).segments())
			.containsExactly(new Segment(null, "Hello from whisper.cpp.", 0L, 2_500L, 6, false),
					new Segment(null, "Times in milliseconds.", 2_500L, 4_000L, 8, false));
	}

	@Test
	void readsTimesWrittenAsClockStrings() throws Exception {
		String json = "{\"segments\": [{\"startTime\": \"00:01:02.500\", \"endTime\": \"1:03.0\", \"body\": \"Hi.\"}]}";
		assertThat(parser.parse("t.json", json).segments())
			.containsExactly(new Segment(null, "Hi.", 62_500L, 63_000L, 1, false));
	}

}
