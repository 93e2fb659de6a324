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

	/** What each thread read last: the standard tokenizer it reads with, and its last few texts with their words. */
	private static final ThreadLocal<Reader> READER = ThreadLocal.withInitial(Reader::new);

	/** Texts read with the standard tokenizer, for tests: each text of a quote once, however many fields it is in. */
	static final java.util.concurrent.atomic.LongAdder READS = new java.util.concurrent.atomic.LongAdder();

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
		words = READER.get().words(text, length);
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

	/**
	 * A thread's standard tokenizer and the last {@value #KEPT} texts it read: the index writes a
	 * quote's fields in an order of its own, with the lead's fields ({@link AcrossCuts}) among those
	 * of the text, so the text is asked for again after another.
	 */
	private static final class Reader {

		static final int KEPT = 4;

		final StandardTokenizer standard = new StandardTokenizer();

		final CharTermAttribute term = standard.getAttribute(CharTermAttribute.class);

		final OffsetAttribute offset = standard.getAttribute(OffsetAttribute.class);

		final PositionIncrementAttribute increment = standard.getAttribute(PositionIncrementAttribute.class);

		final TypeAttribute type = standard.getAttribute(TypeAttribute.class);

		final Words[] kept = new Words[KEPT];

		int oldest;

		Words words(char[] text, int length) throws IOException {
			for (Words words : kept) {
				if (words != null && words.isOf(text, length)) {
					return words;
				}
			}
			Words words = read(text, length);
			kept[oldest] = words;
			oldest = (oldest + 1) % KEPT;
			return words;
		}

		private Words read(char[] text, int length) throws IOException {
			READS.increment();
			Words words = new Words(text, length);
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
