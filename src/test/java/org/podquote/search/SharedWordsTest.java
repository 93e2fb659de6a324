package org.podquote.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.podquote.importer.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyzers of a quote's text share one run of the tokenizer per text ({@link SharedWords}):
 * what they give must be what the same analyzers with the standard tokenizer give, token for
 * token, whatever the order in which texts and analyzers come.
 */
class SharedWordsTest {

	private static final List<String> NAMES = List.of(QuoteAnalysis.ENGLISH, QuoteAnalysis.EXACT, QuoteAnalysis.GRAMS);

	private static final List<String> TEXTS = List.of("", "   ", "Generics finally landed in Go 1.18, didn't they?",
			"A lot of the time it's the user's fault: a lot, of, the.", "Ünïcödé café naïve – “quoted” don’t IT’S",
			"e-mail x86_64 snake_case 3.14 C++ C# node.js foo@example.com https://go.dev/doc?x=1",
			"日本語のテキスト and 中文 mixed with English words", "a".repeat(300) + " b " + "c".repeat(600),
			"Zero\u200Bwidth and emoji 🎉🎉 in between 👍🏽 words");

	@Test
	void givesWhatTheStandardTokenizerGivesForEveryTextAndAnalyzer() throws IOException {
		for (String text : TEXTS) {
			for (String name : NAMES) {
				// the same text for each analyzer in turn, as a document's fields are indexed
				assertThat(tokens(QuoteAnalysis.build(name, SharedWords.Factory.class), text)).as(name + ": " + text)
					.isEqualTo(tokens(QuoteAnalysis.lucene(name), text));
			}
		}
	}

	@Test
	void aTextReadWhileAnotherIsBeingGivenLeavesTheFirstWhole() throws IOException {
		Analyzer english = QuoteAnalysis.build(QuoteAnalysis.ENGLISH, SharedWords.Factory.class);
		Analyzer exact = QuoteAnalysis.build(QuoteAnalysis.EXACT, SharedWords.Factory.class);
		String first = "Models of the models we tested";
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = english.tokenStream("f", first)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			stream.incrementToken();
			terms.add(term.toString());
			// another text on the same thread, in the middle of the first: three words and the end
			assertThat(tokens(exact, "something else entirely")).hasSize(3 + 1);
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		assertThat(terms).containsExactly("model", "of", "the", "model", "we", "test");
	}

	@Test
	void readsATextOnceWhenOtherTextsComeBetweenItsFields() throws IOException {
		Analyzer english = QuoteAnalysis.build(QuoteAnalysis.ENGLISH, SharedWords.Factory.class);
		Analyzer exact = QuoteAnalysis.build(QuoteAnalysis.EXACT, SharedWords.Factory.class);
		Analyzer grams = QuoteAnalysis.build(QuoteAnalysis.GRAMS, SharedWords.Factory.class);
		String text = "and then the passage goes on " + System.nanoTime();
		String lead = "the words before the cut";
		long before = SharedWords.READS.sum();
		// the fields of one quote in the order the index writes them: the lead's among the text's
		tokens(english, text);
		tokens(grams, lead);
		tokens(grams, lead + " " + text);
		tokens(exact, text);
		tokens(grams, text);
		assertThat(SharedWords.READS.sum() - before).isEqualTo(3);
	}

	@Test
	void givesWhatTheStandardTokenizerGivesOnRealTranscripts() throws IOException {
		Path changelog = SharedData.folder("changelog-transcripts");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(changelog)) {
			files = walk.filter(p -> p.toString().endsWith(".md")).sorted().limit(40).toList();
		}
		assertThat(files).hasSize(40);
		List<Analyzer> shared = NAMES.stream().map(n -> QuoteAnalysis.build(n, SharedWords.Factory.class)).toList();
		List<Analyzer> standard = NAMES.stream().map(QuoteAnalysis::lucene).toList();
		long compared = 0;
		for (Path file : files) {
			for (String paragraph : Files.readString(file).split("\n\n")) {
				for (int i = 0; i < NAMES.size(); i++) {
					List<String> expected = tokens(standard.get(i), paragraph);
					assertThat(tokens(shared.get(i), paragraph)).as(file + ": " + paragraph).isEqualTo(expected);
					compared += expected.size();
				}
			}
		}
		assertThat(compared).isGreaterThan(100_000);
	}

	/** Each token with all that the index reads of it, and the stream's end. */
	static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + increment.getPositionIncrement()
						+ " /" + length.getPositionLength() + " " + type.type());
			}
			stream.end();
			tokens.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
		}
		return tokens;
	}

}
