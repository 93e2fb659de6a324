package org.podquote.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.podquote.search.Spelling.Candidate;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule that picks a spelling among the candidates either engine lists. */
class SpellingTest {

	@Test
	void countsASwapOfNeighboursAsOneEdit() {
		assertThat(Spelling.edits("generiks", "generics")).isEqualTo(1);
		assertThat(Spelling.edits("gnereics", "generics")).isEqualTo(2);
		assertThat(Spelling.edits("teh", "the")).isEqualTo(1);
		assertThat(Spelling.edits("genric", "generic")).isEqualTo(1);
		assertThat(Spelling.edits("kitten", "sitting")).isEqualTo(3);
	}

	@Test
	void takesTheFewestEditsThenTheMostQuotes() {
		List<Candidate> candidates = List.of(new Candidate("generic", 317), new Candidate("generics", 564),
				new Candidate("genetics", 900), new Candidate("generate", 40));
		assertThat(Spelling.best("genrics", 0, candidates)).contains("generics");
		assertThat(Spelling.best("genetic", 0, List.of(new Candidate("generic", 317), new Candidate("genetics", 2))))
			.contains("generic");
	}

	@Test
	void keepsToTheSameFirstLetterTheEditLimitAndMorePopularWords() {
		assertThat(Spelling.best("generiks", 0, List.of(new Candidate("henerics", 9)))).isEmpty();
		// five letters: one edit at most
		assertThat(Spelling.best("tyqes", 0, List.of(new Candidate("types", 9)))).contains("types");
		assertThat(Spelling.best("tyqez", 0, List.of(new Candidate("types", 9)))).isEmpty();
		// six and more: two
		assertThat(Spelling.best("genrik", 0, List.of(new Candidate("generic", 9)))).contains("generic");
		assertThat(Spelling.best("concurency", 2, List.of(new Candidate("concurrency", 2)))).isEmpty();
		assertThat(Spelling.best("concurency", 2, List.of(new Candidate("concurrency", 3)))).contains("concurrency");
	}

}
