package org.podquote.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A word's own forms, as words of the exact field ({@link QuoteIndexMapping#TEXT_EXACT}): the
 * words that {@link QuoteAnalysis#PLURAL} makes the same as it ("generics", "generic",
 * "generic's"), which rank first ({@link HibernateQuoteSearch#OWN_FORM_SCORE}). They are found
 * here, from the word, rather than on a field of their own, which cost every quote one more
 * analysis and one more inverted copy of its text when it was indexed.
 * <p>
 * The plural analyzer is the exact one plus a possessive's {@code 's} taken off and the plural
 * stemmer, which only ever changes a word's end: {@code -s} off, or {@code -ies} made {@code -y}.
 * So the exact words with a word's singular {@code s} are {@code s}, {@code s + "s"}, {@code s}
 * with {@code -y} made {@code -ies}, each also with {@code 's}: those of them that the plural
 * analyzer makes {@code s} are all of them.
 */
final class OwnForms {

	private static final Analyzer EXACT = QuoteAnalysis.lucene(QuoteAnalysis.EXACT);

	private static final Analyzer PLURAL = QuoteAnalysis.lucene(QuoteAnalysis.PLURAL);

	private OwnForms() {
	}

	/** The exact words whose singular is that of one of the text's words; empty when it has no word. */
	static List<String> of(String text) {
		Set<String> forms = new LinkedHashSet<>();
		for (String word : terms(EXACT, text)) {
			forms.add(word);
			String singular = singular(word);
			if (singular == null) {
				continue;
			}
			for (String candidate : candidates(singular)) {
				if (singular.equals(singular(candidate))) {
					forms.add(candidate);
				}
			}
		}
		return List.copyOf(forms);
	}

	private static List<String> candidates(String singular) {
		List<String> bare = new ArrayList<>(List.of(singular, singular + "s"));
		if (singular.endsWith("y")) {
			bare.add(singular.substring(0, singular.length() - 1) + "ies");
		}
		List<String> all = new ArrayList<>(bare);
		bare.forEach(word -> all.add(word + "'s"));
		return all;
	}

	/** The plural analyzer's one word for an exact word, or null when it makes none or several. */
	private static String singular(String word) {
		List<String> terms = terms(PLURAL, word);
		return terms.size() == 1 ? terms.get(0) : null;
	}

	private static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(QuoteIndexMapping.TEXT_EXACT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
