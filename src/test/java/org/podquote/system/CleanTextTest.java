package org.podquote.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CleanTextTest {

	@Test
	void namesThatLookTheSameAreTheSame() {
		for (String variant : new String[] { "Ada Lovelace", " Ada  Lovelace ", "Ada\u200BLovelace", "Ada\u200B Lovelace",
				"Ada\u00A0Lovelace", "\uFEFFAda Lovelace", "Ada Love\u00ADlace", "Ada\u2060 Lovelace\u200D",
				"Ada\tLovelace\r\n", "Ada\u0000 Lovelace", "\u202AAda Lovelace\u202C", "Ada\u2003Lovelace",
				"Ada\u200E Lovelace\u200F" }) {
			assertThat(CleanText.name(variant)).as(variant).isEqualTo("Ada Lovelace");
		}
	}

	@Test
	void namesAreComposed() {
		assertThat(CleanText.name("Zoe\u0308 Martin")).isEqualTo("Zo\u00EB Martin");
	}

	@Test
	void joinersInsideOtherScriptsAndEmojiWordsAreNotWhatMakesANameDiffer() {
		// a name is compared by what it shows; a ZWJ sequence keeps its code points but not the joiner
		assertThat(CleanText.name("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")).isEqualTo("\u0645\u06CC\u062E\u0648\u0627\u0647\u0645");
	}

	@Test
	void textLosesOnlyControls() {
		assertThat(CleanText.text("a\u0000b\u0007c\u001Bd\u007Fe\u0085f\tg\nh\u200Bi")).isEqualTo("abcdef\tg\nh\u200Bi");
		String clean = "Nothing to remove here.";
		assertThat(CleanText.text(clean)).isSameAs(clean);
	}

	@Test
	void findsBidiControlsButNotMarks() {
		assertThat(CleanText.bidiControl("Ada \u202ELovelace")).isEqualTo(4);
		assertThat(CleanText.bidiControl("\u2066Ada\u2069")).isZero();
		assertThat(CleanText.bidiControl("Ada\u200F Lovelace")).isEqualTo(-1);
		assertThat(CleanText.bidiControl("\u05D0\u05D3\u05D4")).isEqualTo(-1);
	}

}
