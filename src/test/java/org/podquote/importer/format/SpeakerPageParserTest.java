package org.podquote.importer.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpeakerPageParserTest {

	private final SpeakerPageParser parser = new SpeakerPageParser();

	@Test
	void readsNameRoleBehindMojibakeIconSiteTotalAndQuotes() throws Exception {
		CapturedPage page = parse("two-episodes.txt");

		assertThat(page.speakerName()).isEqualTo("Ada Example");
		assertThat(page.role()).isEqualTo("Guest Speaker");
		assertThat(page.siteTotalLine()).isEqualTo("1,204 total appearances");
		assertThat(page.appearances()).extracting(CapturedPage.Quote::podcastTitle)
			.containsExactly("The Example Show", "The Example Show", "Another Podcast");
		assertThat(page.appearances()).extracting(CapturedPage.Quote::episodeTitle)
			.containsExactly("Episode One: Beginnings", "Episode One: Beginnings", "Episode 7");
	}

	@Test
	void keepsTextAsWrittenJoinsWrappedLinesAndMarksSubheadings() throws Exception {
		CapturedPage page = parse("two-episodes.txt");

		CapturedPage.Quote first = page.appearances().get(0);
		assertThat(first.text()).isEqualTo("First we <b>tried</b> the obvious thing & it failed.");
		assertThat(first.heading()).isFalse();
		assertThat(first.line()).isEqualTo(16);
		CapturedPage.Quote heading = page.appearances().get(1);
		assertThat(heading.text()).isEqualTo("What came next.");
		assertThat(heading.heading()).isTrue();
		assertThat(page.appearances().get(2).text()).isEqualTo("Role models matter, said across two lines.");
	}

	@Test
	void readsTheSeedCaptureByteForByte() throws Exception {
		String seed = Files.readString(Path.of("data/seed/speaker-page-sam-marks.txt"), StandardCharsets.UTF_8);

		CapturedPage page = parser.parse("seed", seed);

		assertThat(page.speakerName()).isEqualTo("Sam Marks");
		assertThat(page.role()).isEqualTo("Speaker");
		assertThat(page.siteTotalLine()).isEqualTo("891 total appearances");
		assertThat(page.appearances()).hasSize(20)
			.allSatisfy(q -> assertThat(q.podcastTitle()).isEqualTo("LessWrong (Curated & Popular)"))
			.allSatisfy(q -> assertThat(q.episodeTitle()).isEqualTo("\"The persona selection model\" by Sam Marks"));
		assertThat(page.appearances().get(1).text())
			.isEqualTo("Unfortunately, many AIs appearing in fiction are bad role models.");
		assertThat(page.appearances()).filteredOn(CapturedPage.Quote::heading)
			.singleElement()
			.extracting(CapturedPage.Quote::text)
			.isEqualTo("Interpretability-based alignment auditing will be tractable.");
		assertThat(parser.accepts(seed)).isTrue();
	}

	@Test
	void roleIsTheTrailingPlainWordsOfTheRoleLine() {
		assertThat(SpeakerPageParser.roleOf("\u0e50\u0178\u2018\u0e04 Speaker")).isEqualTo("Speaker");
		assertThat(SpeakerPageParser.roleOf("Host")).isEqualTo("Host");
		assertThat(SpeakerPageParser.roleOf("\u0e50\u0178")).isNull();
	}

	@Test
	void rejectsAnEmptyFile() {
		assertThatThrownBy(() -> parser.parse("empty.txt", "  \n\n"))
			.isInstanceOfSatisfying(TranscriptParseException.class,
					ex -> assertThat(ex.describe()).isEqualTo("empty.txt: the file is empty"));
	}

	@Test
	void rejectsAnAppearanceWithoutItsQuoteNamingTheLine() {
		assertThatThrownBy(() -> parse("header-without-quote.txt"))
			.isInstanceOfSatisfying(TranscriptParseException.class, ex -> {
				assertThat(ex.getLine()).isEqualTo(18);
				assertThat(ex.getMessage()).contains("\"Episode Two\" has no quote");
			});
	}

	@Test
	void rejectsAHeaderBlockThatIsNotTwoLines() {
		assertThatThrownBy(() -> parse("three-line-header.txt"))
			.isInstanceOfSatisfying(TranscriptParseException.class, ex -> {
				assertThat(ex.getLine()).isEqualTo(7);
				assertThat(ex.getMessage()).contains("found 3 lines");
			});
	}

	@Test
	void rejectsAPageWithoutTheSiteTotalLine() {
		assertThatThrownBy(() -> parse("no-total.txt")).isInstanceOf(TranscriptParseException.class)
			.hasMessageContaining("total appearances");
	}

	@Test
	void rejectsAPageWithoutTheAppearancesHeading() {
		assertThatThrownBy(() -> parse("missing-list-heading.txt")).isInstanceOf(TranscriptParseException.class)
			.hasMessageContaining("\"Podcast Appearances\"");
	}

	@Test
	void rejectsAPageWithNoAppearances() {
		assertThatThrownBy(() -> parse("no-appearances.txt")).isInstanceOf(TranscriptParseException.class)
			.hasMessageContaining("no appearances");
	}

	private CapturedPage parse(String fixture) throws IOException, TranscriptParseException {
		Path path = Path.of("src/test/resources/fixtures/speaker-page", fixture);
		return parser.parse(fixture, Files.readString(path, StandardCharsets.UTF_8));
	}

}
