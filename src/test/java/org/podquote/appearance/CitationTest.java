package org.podquote.appearance;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationTest {

	static final Citation KNOWN = new Citation("Bad role models.", "Sam Marks", "The persona selection model",
			"LessWrong", LocalDate.of(2026, 2, 25), "12:03");

	static final Citation UNKNOWN = new Citation("Who said this?", null, "Anon", "Engines & Co", null, null);

	@Test
	void citesSpeakerEpisodePodcastDateTimeAndLink() {
		assertThat(KNOWN.reference("https://host/quotes/2"))
			.isEqualTo("Sam Marks, \u201cThe persona selection model\u201d, LessWrong, 25 February 2026, at 12:03. https://host/quotes/2");
		assertThat(KNOWN.quotedWithReference("https://host/quotes/2")).isEqualTo("\u201cBad role models.\u201d \u2014 "
				+ "Sam Marks, \u201cThe persona selection model\u201d, LessWrong, 25 February 2026, at 12:03. https://host/quotes/2");
	}

	@Test
	void leavesOutWhatIsUnknownFromTheReference() {
		assertThat(UNKNOWN.reference("https://host/quotes/9")).isEqualTo("\u201cAnon\u201d, Engines & Co. https://host/quotes/9");
		assertThat(UNKNOWN.title()).isEqualTo("Anon");
		assertThat(KNOWN.title()).isEqualTo("Sam Marks \u2014 The persona selection model");
	}

	@Test
	void namesTheUnknownInTheCallersWordsWhereTheFormNeedsThem() {
		assertThat(UNKNOWN.quotedInBrief("Unknown speaker"))
			.isEqualTo("\u201cWho said this?\u201d \u2014 Unknown speaker, Anon (Engines & Co)");
		assertThat(UNKNOWN.summary("Unknown speaker", "Undated")).isEqualTo("Unknown speaker \u2014 Anon, Engines & Co, Undated");
		assertThat(KNOWN.summary("Unknown speaker", "Undated"))
			.isEqualTo("Sam Marks \u2014 The persona selection model, LessWrong, 25 February 2026");
	}

}
