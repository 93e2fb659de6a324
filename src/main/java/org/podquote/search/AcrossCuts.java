package org.podquote.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.podquote.appearance.Appearance;
import org.springframework.web.util.HtmlUtils;

/**
 * Exact phrases across the cut the importer makes inside one speaker's long turn. A passage that
 * goes on with the turn of the passage before carries that passage's last words as its lead
 * ({@link Appearance#getLead()}); the lead and the passage's start are indexed together in one
 * field, so a phrase that begins before the cut and ends after it is found, and its hit is the
 * passage where it ends. A phrase wholly inside the lead is the previous passage's alone and does
 * not find this one. Only the passage's own text is shown: the words of the phrase after the cut
 * are marked here, since the engine highlights the passage's text field, where the phrase is not.
 */
final class AcrossCuts {

	/** The lead and the passage's start, as one run of words. */
	static final String FIELD = "text_across";

	/** The lead alone, to tell a phrase inside it from one across the cut. */
	static final String LEAD = "lead";

	/**
	 * How much of the passage follows the lead in {@link #FIELD}: a phrase across the cut starts
	 * in the lead, and no query is longer than this.
	 */
	static final int HEAD_CHARS = QueryParser.MAX_LENGTH;

	/** {@link QuoteAnalysis#EXACT} for Lucene, here to find the phrase's words in a passage. */
	private static final Analyzer EXACT = QuoteAnalysis.lucene(QuoteAnalysis.EXACT);

	private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

	private static final Pattern ADJACENT_MARKS = Pattern.compile("</mark>(\\s+)<mark>");

	private AcrossCuts() {
	}

	/** Indexes {@link #FIELD} for the passages that have a lead. */
	static final class Binder implements TypeBinder {

		@Override
		public void bind(TypeBindingContext context) {
			context.dependencies().use("lead").use("text");
			IndexFieldReference<String> field = context.indexSchemaElement()
				.field(FIELD, f -> f.asString().analyzer(QuoteAnalysis.GRAMS).searchAnalyzer(QuoteAnalysis.GRAMS_QUERY))
				.toReference();
			context.bridge(Appearance.class, (document, appearance, write) -> {
				if (appearance.getLead() != null) {
					document.addValue(field, appearance.getLead() + " " + head(appearance.getText()));
				}
			});
		}

	}

	/** The start of a text up to the first space after {@link #HEAD_CHARS}: whole words only. */
	static String head(String text) {
		if (text.length() <= HEAD_CHARS) {
			return text;
		}
		int end = HEAD_CHARS;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		return text.substring(0, end);
	}

	/** The passages whose own text holds the phrase, or that the phrase reaches from the lead into. */
	static SearchPredicate phrase(SearchPredicateFactory f, String phrase) {
		return f.bool()
			.should(f.phrase().field(QuoteIndexMapping.TEXT_GRAMS).matching(phrase))
			.should(f.bool()
				.must(f.phrase().field(FIELD).matching(phrase))
				.mustNot(f.phrase().field(LEAD).matching(phrase)))
			.toPredicate();
	}

	/**
	 * The snippet of a hit with its phrases' words marked. Phrases are matched on the grams field,
	 * which keeps no text for the engine to highlight, so they are found here, with the exact
	 * analyzer, in the quote's own text. When the engine marked words (of the query's other terms),
	 * its snippet stays where it is and gains the phrases inside it; else the snippet is the stretch
	 * of the text around the first phrase found, at most {@code chars} long, cut at spaces.
	 *
	 * @param snippetHtml the engine's snippet, a piece of {@code text}, escaped, with marks; or null
	 * when the engine marked nothing
	 * @return the snippet, or {@code snippetHtml} when no phrase is in the text (a phrase across a cut)
	 */
	static String markPhrases(String snippetHtml, String text, List<String> phrases, int chars) {
		return markPhrases(snippetHtml, text, phrases, null, chars);
	}

	/**
	 * The same, marking also each word of the text that {@code words} takes (a prefix's words: they
	 * are matched on the exact field, which stores no text for the engine to highlight either).
	 *
	 * @param words tells by its exact term ({@link QuoteAnalysis#EXACT}) whether a word is marked; or null
	 */
	static String markPhrases(String snippetHtml, String text, List<String> phrases, Predicate<String> words,
			int chars) {
		if (phrases.isEmpty() && words == null) {
			return snippetHtml;
		}
		List<Token> tokens = tokens(text);
		List<int[]> marks = new ArrayList<>();
		if (words != null) {
			for (Token token : tokens) {
				if (words.test(token.term())) {
					marks.add(new int[] { token.start(), token.end() });
				}
			}
		}
		for (String phrase : phrases) {
			List<String> terms = terms(phrase);
			for (int i = 0; !terms.isEmpty() && i + terms.size() <= tokens.size(); i++) {
				boolean matches = true;
				for (int k = 0; k < terms.size() && matches; k++) {
					matches = tokens.get(i + k).term().equals(terms.get(k));
				}
				if (matches) {
					marks.add(new int[] { tokens.get(i).start(), tokens.get(i + terms.size() - 1).end() });
				}
			}
		}
		if (marks.isEmpty()) {
			return snippetHtml;
		}
		marks.sort((a, b) -> Integer.compare(a[0], b[0]));
		if (snippetHtml != null) {
			int at = engineMarks(snippetHtml, text, marks);
			if (at >= 0) {
				return render(text, at, at + plain(snippetHtml).length(), marks);
			}
		}
		int[] first = marks.get(0);
		if (first[1] <= chars) {
			return render(text, 0, Math.max(first[1], beginning(text, chars)), marks);
		}
		// some words before the phrase, from a space, then up to chars in all, to a space
		int start = text.lastIndexOf(' ', Math.max(0, first[0] - chars / 5));
		start = start < 0 ? 0 : start + 1;
		int end = start + chars >= text.length() ? text.length() : text.lastIndexOf(' ', start + chars);
		return render(text, start, Math.max(end, first[1]), marks);
	}

	/**
	 * The snippet of a hit with the words marked that a phrase across the cut has in this passage.
	 * When a phrase ends after the cut, the snippet is the passage's beginning (where those words
	 * are), keeping the engine's marks that fall inside it; otherwise the engine's snippet stands.
	 *
	 * @param snippetHtml the engine's snippet, a piece of {@code text}, escaped, with marks
	 * @param chars how long a snippet may be
	 */
	static String mark(String snippetHtml, String lead, String text, List<String> phrases, int chars) {
		if (lead == null || phrases.isEmpty()) {
			return snippetHtml;
		}
		List<Token> leadTokens = tokens(lead);
		List<Token> textTokens = tokens(text);
		int end = -1;
		for (String phrase : phrases) {
			end = Math.max(end, endAfterCut(terms(phrase), leadTokens, textTokens));
		}
		if (end < 0) {
			return snippetHtml;
		}
		List<int[]> marks = new ArrayList<>();
		marks.add(new int[] { textTokens.get(0).start(), end });
		int window = beginning(text, chars);
		int at = engineMarks(snippetHtml, text, marks);
		if (at == 0) {
			window = Math.max(window, at + plain(snippetHtml).length());
		}
		return render(text, 0, Math.max(window, end), marks);
	}

	private record Token(String term, int start, int end) {
	}

	/**
	 * Where the phrase ends in the text when it begins in the lead: its first words the lead's last,
	 * its other words the text's first. Tries the split with the most words after the cut first.
	 * Returns -1 when the phrase does not cross the cut.
	 */
	private static int endAfterCut(List<String> phrase, List<Token> lead, List<Token> text) {
		for (int before = 1; before < phrase.size(); before++) {
			int after = phrase.size() - before;
			if (before > lead.size() || after > text.size()) {
				continue;
			}
			boolean matches = true;
			for (int i = 0; i < before && matches; i++) {
				matches = lead.get(lead.size() - before + i).term().equals(phrase.get(i));
			}
			for (int i = 0; i < after && matches; i++) {
				matches = text.get(i).term().equals(phrase.get(before + i));
			}
			if (matches) {
				return text.get(after - 1).end();
			}
		}
		return -1;
	}

	/**
	 * Adds the engine's marks, as offsets in the text, and returns where its snippet starts in the
	 * text (-1 when it cannot be found there).
	 */
	private static int engineMarks(String snippetHtml, String text, List<int[]> marks) {
		int start = text.indexOf(plain(snippetHtml));
		if (start < 0) {
			return -1;
		}
		Matcher matcher = MARK.matcher(snippetHtml);
		int plainAt = 0;
		int htmlAt = 0;
		while (matcher.find()) {
			plainAt += HtmlUtils.htmlUnescape(snippetHtml.substring(htmlAt, matcher.start())).length();
			int length = HtmlUtils.htmlUnescape(matcher.group(1)).length();
			marks.add(new int[] { start + plainAt, start + plainAt + length });
			plainAt += length;
			htmlAt = matcher.end();
		}
		return start;
	}

	private static String plain(String snippetHtml) {
		return HtmlUtils.htmlUnescape(snippetHtml.replace("<mark>", "").replace("</mark>", ""));
	}

	/** Where a snippet from the text's start ends: at a space before {@code chars}, or the text's end. */
	private static int beginning(String text, int chars) {
		if (text.length() <= chars) {
			return text.length();
		}
		int end = text.lastIndexOf(' ', chars);
		return end > 0 ? end : chars;
	}

	/** The text from {@code start} to {@code end}, escaped, with the marks (which may overlap) inside it. */
	private static String render(String text, int start, int end, List<int[]> marks) {
		boolean[] marked = new boolean[end];
		for (int[] mark : marks) {
			for (int i = Math.max(0, mark[0]); i < Math.min(end, mark[1]); i++) {
				marked[i] = true;
			}
		}
		StringBuilder html = new StringBuilder();
		int i = start;
		while (i < end) {
			int j = i;
			while (j < end && marked[j] == marked[i]) {
				j++;
			}
			String piece = HtmlUtils.htmlEscape(text.substring(i, j));
			html.append(marked[i] ? "<mark>" + piece + "</mark>" : piece);
			i = j;
		}
		return ADJACENT_MARKS.matcher(html).replaceAll("$1");
	}

	private static List<String> terms(String phrase) {
		return tokens(phrase).stream().map(Token::term).toList();
	}

	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = EXACT.tokenStream(FIELD, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
