package org.podquote.system;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

	@Test
	void makesLowerCaseAsciiWordsJoinedByDashes() {
		assertThat(Slugs.of("Sam Marks")).isEqualTo("sam-marks");
		assertThat(Slugs.of("LessWrong (Curated & Popular)")).isEqualTo("lesswrong-curated-popular");
		assertThat(Slugs.of("\"The persona selection model\" by Sam Marks"))
			.isEqualTo("the-persona-selection-model-by-sam-marks");
	}

	@Test
	void foldsAccentsAndDropsApostrophes() {
		assertThat(Slugs.of("Zoë’s Café")).isEqualTo("zoes-cafe");
		assertThat(Slugs.of("we've")).isEqualTo("weve");
	}

	@Test
	void neverReturnsAnEmptySlug() {
		assertThat(Slugs.of("¿?")).isEqualTo("untitled");
	}

	@Test
	void capsLengthAtAWordBoundary() {
		String slug = Slugs.of("word ".repeat(60));
		assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
		assertThat(slug).endsWith("word");
	}

	@Test
	void addsANumericSuffixOnClash() {
		Set<String> taken = Set.of("sam-marks", "sam-marks-2");
		assertThat(Slugs.unique("Sam Marks", taken::contains)).isEqualTo("sam-marks-3");
		assertThat(Slugs.unique("Ada", taken::contains)).isEqualTo("ada");
	}

}
