package org.podquote.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.podquote.importer.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word's own forms are found from the word ({@link OwnForms}) where a field of the plural
 * analyzer used to hold them: for any word, the exact words it lists must be those whose plural
 * analysis is the word's, no more and no fewer.
 */
class OwnFormsTest {

	@Test
	void listsTheSingularPluralAndPossessiveOfAWord() {
		assertThat(OwnForms.of("generics")).contains("generics", "generic", "generic's").doesNotContain("generically", "general");
		assertThat(OwnForms.of("Generic")).contains("generic", "generics", "generic's");
		assertThat(OwnForms.of("parties")).contains("parties", "party", "party's");
		assertThat(OwnForms.of("boxes")).contains("boxes", "boxe").doesNotContain("box");
		assertThat(OwnForms.of("class")).contains("class", "class's").doesNotContain("clas", "classs");
		assertThat(OwnForms.of("Café's")).contains("cafe's", "cafe", "cafes");
		assertThat(OwnForms.of("e-mails")).contains("e", "mail", "mails", "mail's");
		assertThat(OwnForms.of("...")).isEmpty();
	}

	@Test
	void listsExactlyTheWordsOfTheLibraryThatThePluralAnalyzerMakesTheSame() throws IOException {
		Path changelog = SharedData.folder("changelog-transcripts");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(changelog)) {
			files = walk.filter(p -> p.toString().endsWith(".md")).sorted().limit(150).toList();
		}
		Analyzer exact = QuoteAnalysis.lucene(QuoteAnalysis.EXACT);
		Analyzer plural = QuoteAnalysis.lucene(QuoteAnalysis.PLURAL);
		// what a field of each analyzer held: the exact word and the plural analyzer's word of each token
		Map<String, Set<String>> bySingular = new HashMap<>();
		Set<String> vocabulary = new HashSet<>();
		for (Path file : files) {
			String text = Files.readString(file);
			List<String> exactWords = terms(exact, text);
			List<String> pluralWords = terms(plural, text);
			assertThat(pluralWords).hasSameSizeAs(exactWords);
			for (int i = 0; i < exactWords.size(); i++) {
				bySingular.computeIfAbsent(pluralWords.get(i), k -> new TreeSet<>()).add(exactWords.get(i));
				vocabulary.add(exactWords.get(i));
			}
		}
		assertThat(vocabulary).hasSizeGreaterThan(20_000);
		int plurals = 0;
		for (Map.Entry<String, Set<String>> forms : bySingular.entrySet()) {
			plurals += forms.getValue().size() > 1 ? 1 : 0;
			for (String word : forms.getValue()) {
				Set<String> listed = new TreeSet<>(OwnForms.of(word));
				listed.retainAll(vocabulary);
				assertThat(listed).as(word).isEqualTo(forms.getValue());
			}
		}
		assertThat(plurals).isGreaterThan(1_000);
	}

	private static List<String> terms(Analyzer analyzer, String text) throws IOException {
		List<String> terms = new java.util.ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

}
