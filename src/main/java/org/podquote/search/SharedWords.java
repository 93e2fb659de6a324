package org.podquote.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Map;

import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * The standard tokenizer, run once per text and thread: the index analyzes each quote's text for
 * several fields one after the other ({@link QuoteIndexMapping}), each with the standard tokenizer
 * and filters of its own, and the tokenizer was the larger part of each pass. This one keeps the
 * words it last read on its thread and gives them again, with the same offsets, increments and
 * types, when the next field's text is the same; any other text is read afresh. What comes out is
 * the standard tokenizer's, word for word ({@code SharedWordsTest}).
 */
final class SharedWords extends Tokenizer {

	/** The last text read on this thread and its words: never changed once made, so a reader may hold on to it. */
	private static final ThreadLocal<Words> LAST = new ThreadLocal<>();

	private static final ThreadLocal<StandardTokenizer> STANDARD = ThreadLocal.withInitial(StandardTokenizer::new);

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	private char[] text = new char[1024];

	private int length;

	private Words words;

	private int next;

	SharedWords(AttributeFactory factory) {
		super(factory);
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		length = 0;
		for (int read; (read = input.read(text, length, text.length - length)) != -1;) {
			length += read;
			if (length == text.length) {
				text = Arrays.copyOf(text, text.length * 2);
			}
		}
		Words last = LAST.get();
		if (last != null && last.isOf(text, length)) {
			words = last;
		}
		else {
			words = Words.read(text, length);
			LAST.set(words);
		}
		next = 0;
	}

	@Override
	public boolean incrementToken() {
		if (next >= words.count) {
			return false;
		}
		clearAttributes();
		term.copyBuffer(words.terms, words.termStart[next], words.termStart[next + 1] - words.termStart[next]);
		offset.setOffset(correctOffset(words.start[next]), correctOffset(words.end[next]));
		increment.setPositionIncrement(words.increment[next]);
		type.setType(words.type[next]);
		next++;
		return true;
	}

	@Override
	public void end() throws IOException {
		super.end();
		int end = correctOffset(words.finalOffset);
		offset.setOffset(end, end);
		increment.setPositionIncrement(words.finalIncrement);
	}

	@Override
	public void close() throws IOException {
		super.close();
		words = null;
		if (text.length > 64 * 1024) {
			// a very long text is not kept by every analyzer that read it
			text = new char[1024];
		}
	}

	/** A text and its words. */
	private static final class Words {

		final char[] text;

		final int length;

		int count;

		/** The words one after the other, the n-th from {@code termStart[n]} to {@code termStart[n + 1]}. */
		char[] terms = new char[256];

		int[] termStart = new int[65];

		int[] start = new int[64];

		int[] end = new int[64];

		int[] increment = new int[64];

		String[] type = new String[64];

		int finalOffset;

		int finalIncrement;

		private Words(char[] text, int length) {
			this.text = Arrays.copyOf(text, length);
			this.length = length;
		}

		boolean isOf(char[] other, int otherLength) {
			return otherLength == length && Arrays.equals(text, 0, length, other, 0, otherLength);
		}

		static Words read(char[] text, int length) throws IOException {
			Words words = new Words(text, length);
			StandardTokenizer standard = STANDARD.get();
			CharTermAttribute term = standard.getAttribute(CharTermAttribute.class);
			OffsetAttribute offset = standard.getAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = standard.getAttribute(PositionIncrementAttribute.class);
			TypeAttribute type = standard.getAttribute(TypeAttribute.class);
			standard.setReader(new StringReader(new String(words.text)));
			try {
				standard.reset();
				while (standard.incrementToken()) {
					words.add(term, offset.startOffset(), offset.endOffset(), increment.getPositionIncrement(), type.type());
				}
				standard.end();
				words.finalOffset = offset.endOffset();
				words.finalIncrement = increment.getPositionIncrement();
			}
			finally {
				standard.close();
			}
			return words;
		}

		private void add(CharTermAttribute term, int from, int to, int positionIncrement, String kind) {
			int at = termStart[count];
			if (at + term.length() > terms.length) {
				terms = Arrays.copyOf(terms, Math.max(terms.length * 2, at + term.length()));
			}
			System.arraycopy(term.buffer(), 0, terms, at, term.length());
			if (count + 1 == termStart.length) {
				termStart = Arrays.copyOf(termStart, termStart.length * 2);
			}
			termStart[count + 1] = at + term.length();
			if (count == start.length) {
				start = Arrays.copyOf(start, count * 2);
				end = Arrays.copyOf(end, count * 2);
				increment = Arrays.copyOf(increment, count * 2);
				type = Arrays.copyOf(type, count * 2);
			}
			start[count] = from;
			end[count] = to;
			increment[count] = positionIncrement;
			type[count] = kind;
			count++;
		}

	}

	/** For {@link org.apache.lucene.analysis.custom.CustomAnalyzer}, which makes its tokenizer from a factory. */
	public static final class Factory extends TokenizerFactory {

		public Factory(Map<String, String> args) {
			super(args);
			if (!args.isEmpty()) {
				throw new IllegalArgumentException("Unknown parameters: " + args);
			}
		}

		@Override
		public Tokenizer create(AttributeFactory factory) {
			return new SharedWords(factory);
		}

	}

}
