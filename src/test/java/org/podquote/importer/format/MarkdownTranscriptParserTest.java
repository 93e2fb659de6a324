package org.podquote.importer.format;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.podquote.importer.format.ParsedTranscript.Segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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

}
