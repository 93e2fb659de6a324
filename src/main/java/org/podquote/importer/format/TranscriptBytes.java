package org.podquote.importer.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an uploaded or downloaded file into text, or says clearly why it is not a
 * transcript: empty, binary, not UTF-8, or with a line so long that it cannot be a transcript.
 * Byte positions in messages are 1-based, as {@code cmp} reports them.
 */
final class TranscriptBytes {

	static final int MAX_LINE_BYTES = 1 << 20;

	private static final int SAMPLE = 64 * 1024;

	private TranscriptBytes() {
	}

	static String decode(String source, byte[] bytes) throws TranscriptParseException {
		if (bytes == null || bytes.length == 0) {
			throw new TranscriptParseException(source, 0, "the file is empty");
		}
		Charset charset = StandardCharsets.UTF_8;
		int offset = 0;
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			offset = 3;
		}
		else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
			// UTF-16 announced by its byte-order mark is unambiguous, so it is read rather than refused
			charset = (bytes[0] == (byte) 0xFE) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
			offset = 2;
		}
		else {
			checkNotUtf16(source, bytes);
			checkNotBinary(source, bytes);
		}
		String text;
		if (charset == StandardCharsets.UTF_8) {
			checkLineLengths(source, bytes);
			text = strictDecode(source, bytes, offset, charset);
		}
		else {
			text = strictDecode(source, bytes, offset, charset);
			checkLineLengths(source, text.getBytes(StandardCharsets.UTF_8));
		}
		if (text.isBlank()) {
			throw new TranscriptParseException(source, 0, "the file is empty");
		}
		return text;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** UTF-16 text without a byte-order mark has a zero byte before or after nearly every ASCII letter. */
	private static void checkNotUtf16(String source, byte[] bytes) throws TranscriptParseException {
		int sample = Math.min(bytes.length, SAMPLE);
		int even = 0;
		int odd = 0;
		int firstZero = -1;
		for (int i = 0; i < sample; i++) {
			if (bytes[i] == 0) {
				firstZero = (firstZero < 0) ? i : firstZero;
				if (i % 2 == 0) {
					even++;
				}
				else {
					odd++;
				}
			}
		}
		int zeros = even + odd;
		if (sample >= 4 && zeros * 4 >= sample && Math.max(even, odd) * 10 >= zeros * 9) {
			throw new TranscriptParseException(source, 1, "not UTF-8 text (byte " + (firstZero + 1)
					+ "): it looks like UTF-16 without a byte-order mark; save it as UTF-8");
		}
	}

	/** Zero bytes, or more than a few control characters, are not in any text we read. */
	private static void checkNotBinary(String source, byte[] bytes) throws TranscriptParseException {
		int sample = Math.min(bytes.length, SAMPLE);
		int controls = 0;
		for (int i = 0; i < sample; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				throw binary(source);
			}
			boolean textControl = b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x1B;
			if ((b < 0x20 && !textControl) || b == 0x7F) {
				controls++;
			}
		}
		if (controls >= 2 && controls * 100 > sample) {
			throw binary(source);
		}
	}

	private static TranscriptParseException binary(String source) {
		return new TranscriptParseException(source, 0, "binary data, not a transcript");
	}

	private static void checkLineLengths(String source, byte[] bytes) throws TranscriptParseException {
		int line = 1;
		int length = 0;
		for (int i = 0; i < bytes.length; i++) {
			byte b = bytes[i];
			boolean crlf = b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
			if ((b == '\n' || b == '\r') && !crlf) {
				line++;
				length = 0;
			}
			else if (!crlf && ++length > MAX_LINE_BYTES) {
				throw new TranscriptParseException(source, line, "line " + line + " is longer than 1 MB");
			}
		}
	}

	private static String strictDecode(String source, byte[] bytes, int offset, Charset charset)
			throws TranscriptParseException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int at = in.position();
			String name = (charset == StandardCharsets.UTF_8) ? "UTF-8" : "UTF-16";
			throw new TranscriptParseException(source, lineOf(bytes, at), "not " + name + " text (byte " + (at + 1)
					+ ")" + ((charset == StandardCharsets.UTF_8) ? "; save it as UTF-8" : ""));
		}
		return out.flip().toString();
	}

	private static int lineOf(byte[] bytes, int position) {
		int line = 1;
		for (int i = 0; i < position; i++) {
			if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
				line++;
			}
		}
		return line;
	}

}
