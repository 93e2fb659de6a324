package org.podquote.importer.format;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.podquote.importer.format.ParsedTranscript.Metadata;
import org.podquote.importer.format.ParsedTranscript.Segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class MarkdownTranscriptParserTest {

	private final MarkdownTranscriptParser markdown = new MarkdownTranscriptParser(MarkdownTranscriptParser.MARKDOWN);

	private final MarkdownTranscriptParser text = new MarkdownTranscriptParser(MarkdownTranscriptParser.TEXT);

	@Test
	void readsBoldLabelsContinuationParagraphsAndTimestampsAndDropsBreaks() throws Exception {
		ParsedTranscript transcript = markdown.parse("turns.md", Fixtures.text("turns.md"));

		assertThat(transcript.format()).isEqualTo("markdown");
		assertThat(transcript.segments()).containsExactly(
				new Segment("Ada Lovelace", "Welcome to Engines, the show about analytical engines and code.", 12_000L,
						null, 1, false),
				new Segment("Ada Lovelace",
						"This paragraph has no label, so Ada is still talking. A timestamp in the middle goes away.",
						null, null, 3, false),
				new Segment("Charles Babbage", "Thanks, Ada. I'm glad to be here [laughs] -- truly, very glad.", null,
						null, 5, false),
				new Segment(null, "This unlabelled paragraph follows the break.", null, null, 9, false),
				new Segment("Charles Babbage", "Back again & ready.", 903_000L, null, 13, false),
				new Segment("Charles Babbage",
						"Difference Engine: a list item is not a turn Note: neither is this one", null, null, 15, false),
				new Segment("Charles Babbage", "Quoted text read aloud stays with Charles.", null, null, 18, false),
				new Segment("Charles Babbage", "An unescaped timestamp opens this paragraph.", 262_000L, null, 20,
						false),
				new Segment("Charles Babbage", "Listener questions", null, null, 22, true),
				new Segment("Ada Lovelace", "The colon may sit after the bold, too.", 960_000L, null, 24, false));
	}

	@Test
	void countsEveryLabelPseudoSpeakersIncluded() {
		assertThat(markdown.read(Fixtures.text("turns.md")).labels()).isEqualTo(6);
	}

	@Test
	void readsPlainLabelsButNotSentencesTimesOrUrls() throws Exception {
		ParsedTranscript transcript = text.parse("turns.txt", Fixtures.text("turns.txt"));

		assertThat(transcript.format()).isEqualTo("text");
		assertThat(transcript.segments()).containsExactly(
				new Segment("Grace Hopper",
						"Good morning. The most dangerous phrase is \"we've always done it this way.\"", null, null, 3,
						false),
				new Segment("Alan Turing", "I agree. So: that colon does not make \"So\" a speaker. Time: 10:30 is "
						+ "not a speaker either, nor is https://example.org.", 65_000L, null, 5, false),
				new Segment(null, "Nobody was named for this paragraph.", null, null, 11, false),
				new Segment("Grace Hopper", "Shall we go on?", 130_000L, null, 13, false));
	}

	@Test
	void takesItsPseudoSpeakersFromConfiguration() throws Exception {
		String md = "**Break:** Ads.\n\n**Announcer:** Live from the garage.\n\n**Ann:** Hi.\n";
		MarkdownTranscriptParser noPseudo = new MarkdownTranscriptParser(MarkdownTranscriptParser.MARKDOWN, Set.of());
		MarkdownTranscriptParser announcer = new MarkdownTranscriptParser(MarkdownTranscriptParser.MARKDOWN,
				Set.of("announcer"));
		assertThat(noPseudo.parse("t.md", md).segments()).extracting(Segment::speaker)
			.containsExactly("Break", "Announcer", "Ann");
		assertThat(announcer.parse("t.md", md).segments()).extracting(Segment::speaker)
			.containsExactly("Break", "Ann");
		assertThat(markdown.parse("t.md", md).segments()).extracting(Segment::speaker)
			.containsExactly("Announcer", "Ann");
	}

	@Test
	void treatsAPlainColonAsSpeechWhenTheDocumentLabelsInBold() throws Exception {
		String md = "**Ann:** Hello.\n\nBen: this line is Ann quoting Ben.\n";
		assertThat(markdown.parse("t.md", md).segments()).extracting(Segment::speaker).containsExactly("Ann", "Ann");
	}

	@Test
	void skipsFrontMatterRulesAndFences() throws Exception {
		String md = "---\ntitle: Episode 1\n---\n**Ann:** Hello.\n\n---\n\n```\nBen: code is text\n```\n";
		assertThat(markdown.parse("t.md", md).segments()).extracting(Segment::speaker, Segment::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ann", "Hello."),
					org.assertj.core.groups.Tuple.tuple("Ann", "Ben: code is text"));
	}

	@Test
	void refusesATranscriptWithOnlyBreaks() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> markdown.parse("t.md", "**Break:** \\[01:00\\]\n\n**Music:**\n"))
			.withMessage("the transcript has no speech, only pseudo-speakers such as Break");
	}

	@Test
	void readsRevStyleLabelsWithRolesNumberedVoicesAndBareContinuationTimes() throws Exception {
		ParsedTranscript transcript = text.parse("rev.txt", Fixtures.text("forms/rev.txt"));

		assertThat(transcript.segments()).containsExactly(
				new Segment("Jane Doe", "Welcome to the show. Today my guest is Sam Roe.", 0L, null, 1, false, "host"),
				new Segment("Sam Roe", "Thanks for having me.", 9_000L, null, 4, false, "guest"),
				new Segment("Speaker 1", "I produce the show, and I have a question.", 52_000L, null, 7, false),
				new Segment("Jane Doe", "Go ahead.", 70_000L, null, 10, false),
				new Segment("Jane Doe", "After a pause, Jane goes on.", 77_000L, null, 15, false),
				new Segment("Speaker 2", "A short turn with a label on its line.", null, null, 17, false));
		assertThat(transcript.roles()).isEqualTo(Map.of("Jane Doe", "host", "Sam Roe", "guest"));
	}

	@Test
	void readsWhisperAndDiarizationLabelsWithAndWithoutColonsAndTimes() throws Exception {
		ParsedTranscript transcript = text.parse("whisper.txt", Fixtures.text("forms/whisper.txt"));

		assertThat(transcript.segments()).extracting(Segment::speaker, Segment::startMs, Segment::text)
			.containsExactly(tuple("Speaker 1", 0L, "Hello and welcome."), tuple("Speaker 2", 4_000L, "Thanks."),
					tuple("SPEAKER_00", null, "Diarized without a time."), tuple("SPEAKER_01", null, "With a colon."),
					tuple("Speaker 1", 67_000L, "The time first."),
					tuple("Speaker 2", 69_000L, "The time after the name."),
					tuple("SPEAKER_00", 72_500L, "A range, as Whisper prints it."),
					tuple("SPEAKER_00", 76_000L, "A timed line of the same speaker. [Music] [laughs] are no speakers."));
	}

	@Test
	void readsOtterNameAndTimeLinesAndTimeMarksAndLeavesVersesAlone() throws Exception {
		ParsedTranscript transcript = text.parse("otter.txt", Fixtures.text("forms/otter.txt"));

		assertThat(transcript.segments()).extracting(Segment::speaker, Segment::startMs, Segment::text)
			.containsExactly(tuple("Speaker 1", 0L, "Hello there, welcome."),
					tuple("Jane Doe", 5_000L, "Thanks. Good to be here."),
					tuple("Jane Doe", 12_000L, "The same speaker after a time mark."),
					tuple("Jane Doe", null, "John 3:16 is a verse, not a label."));
	}

	@Test
	void readsALabelThatRepeatsItsNameOnce() throws Exception {
		assertThat(markdown.parse("repeated.md", Fixtures.text("forms/repeated.md")).segments())
			.extracting(Segment::speaker, Segment::startMs, Segment::text)
			.containsExactly(tuple("Johnny Boursiquot", null, "The editor and the tool both named me."),
					tuple("Mat Ryer", null, "Twice in bold."),
					tuple("Kris Brandow", 62_000L, "Twice, the second with a time."));
		assertThat(text.parse("t.txt", "Mat Ryer: Mat Ryer: Hello.\nAnn: Ann: Hi.\n").segments())
			.extracting(Segment::speaker, Segment::text)
			.containsExactly(tuple("Mat Ryer", "Hello."), tuple("Ann", "Hi."));
	}

	@Test
	void detectsNumberedVoiceTranscriptsAsText() throws Exception {
		assertThat(new TranscriptFormats().detect("notes", Fixtures.text("forms/rev.txt"))).isEqualTo("text");
		assertThat(new TranscriptFormats().detect("notes", Fixtures.text("forms/whisper.txt"))).isEqualTo("text");
	}

	@Test
	void takesTimesAloneOnTheirLinesAsTheStartOfWhatFollows() throws Exception {
		assertThat(markdown.parse("continuation.md", Fixtures.text("forms/continuation.md")).segments())
			.extracting(Segment::speaker, Segment::startMs, Segment::text)
			.containsExactly(tuple("Ann Lee", 250_150L, "Hello, with centiseconds."),
					tuple("Ann Lee", 260_000L, "After a bare time line, still Ann."),
					tuple("Ann Lee", 270_000L, "And after a bare clock alone."),
					tuple("Ben Ode", 280_000L, "A time mark before a label is the start of that turn."));
	}

	@Test
	void givesTheTimeOfALabelWithoutTextToItsOwnTextNotToTheNextSpeaker() throws Exception {
		String md = "**Ann:** \\[01:00\\]\n\nStill Ann.\n\n**Ben:** \\[02:00\\]\n\n**Cy:** Cy's start is unknown.\n";
		assertThat(markdown.parse("t.md", md).segments()).extracting(Segment::speaker, Segment::startMs)
			.containsExactly(tuple("Ann", 60_000L), tuple("Cy", null));
	}

	@Test
	void readsYamlFrontMatterAsMetadataAndNeverAsSpeech() throws Exception {
		ParsedTranscript transcript = markdown.parse("front-matter.md", Fixtures.text("forms/front-matter.md"));

		assertThat(transcript.metadata()).isEqualTo(new Metadata("Episode 42: The \"Answer\"", LocalDate.of(2024, 3, 5),
				Duration.ofSeconds(3_723), "https://example.org/42.mp3", "https://example.org/episodes/42", 42,
				"front matter"));
		assertThat(transcript.segments()).extracting(Segment::speaker, Segment::text)
			.containsExactly(tuple("Ann Lee", "Hello."),
					tuple("Ann Lee", "Date: after the first label this is speech."));
	}

	@Test
	void readsTomlFrontMatter() throws Exception {
		ParsedTranscript transcript = text.parse("toml.md", Fixtures.text("forms/toml.md"));

		assertThat(transcript.metadata()).isEqualTo(
				new Metadata("Hugo writes TOML", LocalDate.of(2023, 11, 2), null, null, null, 7, "front matter"));
		assertThat(transcript.segments()).extracting(Segment::text).containsExactly("Hello.");
	}

	@Test
	void readsHeaderLinesAndAFirstHeadingAsMetadataAndNeverAsSpeech() throws Exception {
		ParsedTranscript transcript = markdown.parse("heading.md", Fixtures.text("forms/heading.md"));

		assertThat(transcript.metadata()).isEqualTo(new Metadata("The Persona Selection Model",
				LocalDate.of(2026, 2, 25), Duration.ofSeconds(5_664), "https://example.org/persona.mp3", null, 12,
				"header lines"));
		assertThat(transcript.segments()).containsExactly(new Segment("Sam Marks", "Hello.", null, null, 8, false));
	}

	@Test
	void readsTheHeaderLinesOfATextTranscript() throws Exception {
		String txt = "Title: Episode 12 - Rolling\nDate: March 5, 2024\nDuration: 42:10\nEpisode: 12\n\n"
				+ "Speaker 1  0:00\nHello.\n\nTranscribed by https://otter.ai\n";
		ParsedTranscript transcript = text.parse("otter.txt", txt);

		assertThat(transcript.metadata()).isEqualTo(new Metadata("Episode 12 - Rolling", LocalDate.of(2024, 3, 5),
				Duration.ofSeconds(2_530), null, null, 12, "header lines"));
		assertThat(transcript.segments()).extracting(Segment::speaker, Segment::text)
			.containsExactly(tuple("Speaker 1", "Hello."), tuple(null, "Transcribed by https://otter.ai"));
	}

	@Test
	void namesBothOriginsWhenFrontMatterAndHeaderLinesEachGiveSomething() throws Exception {
		String md = "---\ntitle: From the front matter\n---\nDate: 2024-01-02\n\n**Ann:** Hi.\n";
		assertThat(markdown.parse("t.md", md).metadata()).isEqualTo(new Metadata("From the front matter",
				LocalDate.of(2024, 1, 2), null, null, null, null, "front matter, header lines"));
	}

	@Test
	void hasNoMetadataWhenTheFileGivesNone() throws Exception {
		assertThat(text.parse("turns.txt", Fixtures.text("turns.txt")).metadata()).isEqualTo(Metadata.NONE);
		assertThat(markdown.parse("turns.md", Fixtures.text("turns.md")).metadata()).isEqualTo(Metadata.NONE);
	}

	@Test
	void readsDescriptStyleBoldNamesWithATimeBeforeTheText() throws Exception {
		String md = "**Jane Doe** [00:00:05] Welcome.\n\n**Sam Roe** (00:00:09): Thanks.\n\n"
				+ "**[00:00:12] Jane Doe:** The time inside the bold.\n";
		assertThat(markdown.parse("t.md", md).segments()).extracting(Segment::speaker, Segment::startMs, Segment::text)
			.containsExactly(tuple("Jane Doe", 5_000L, "Welcome."), tuple("Sam Roe", 9_000L, "Thanks."),
					tuple("Jane Doe", 12_000L, "The time inside the bold."));
	}

	@Test
	void readsEpisodeLinesAndSkipsOtherHeaderLinesAndGenericHeadings() throws Exception {
		String txt = "# Transcript\n\nEpisode 12: The Big One\nRecorded: in the garage\nGuests: Ann Lee, Ben Ode\n"
				+ "Summary: what the show is about.\n\nAnn Lee: Hello.\n";
		ParsedTranscript transcript = text.parse("t.txt", txt);

		assertThat(transcript.metadata()).isEqualTo(
				new Metadata("Episode 12: The Big One", null, null, null, null, 12, "header lines"));
		assertThat(transcript.segments()).extracting(Segment::speaker, Segment::text)
			.containsExactly(tuple("Ann Lee", "Hello."));
	}

}
