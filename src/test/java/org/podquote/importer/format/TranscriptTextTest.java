package org.podquote.importer.format;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptTextTest {

	@Test
	void removesTagsButKeepsALoneLessThan() {
		assertThat(TranscriptText.plain("<i>a</i> < b<br>c <00:00:01.000>d")).isEqualTo("a < b c d");
	}

	@Test
	void decodesKnownAndNumericEntitiesAndLeavesOthers() {
		assertThat(TranscriptText.plain("&amp;&lt;&gt;&quot;&#39;&#x2014;&nbsp;x &bogus; AT&T &#0; &#xZZ;"))
			.isEqualTo("&<>\"'\u2014 x &bogus; AT&T &#xZZ;"); // &#0; (NUL) is dropped with the other control characters
	}

	@Test
	void collapsesEveryKindOfWhiteSpace() {
		assertThat(TranscriptText.collapse(" a\u00A0\u2009b\t\n c ")).isEqualTo("a b c");
	}

	@Test
	void readsClockTimes() {
		assertThat(TranscriptText.clock("0:09")).isEqualTo(9_000L);
		assertThat(TranscriptText.clock("04:22")).isEqualTo(262_000L);
		assertThat(TranscriptText.clock("01:02:03.45")).isEqualTo(3_723_450L);
		assertThat(TranscriptText.clock("00:00:02,760")).isEqualTo(2_760L);
		assertThat(TranscriptText.clock("75:30")).isEqualTo(4_530_000L);
		assertThat(TranscriptText.clock("1:61")).isNull();
		assertThat(TranscriptText.clock("1:75:00")).isNull();
		assertThat(TranscriptText.clock("soon")).isNull();
	}

	@Test
	void splitsLinesAtEveryKindOfLineEndKeepingEmptyOnes() {
		assertThat(TranscriptText.lines("\uFEFFa\r\nb\rc\nd")).containsExactly("a", "b", "c", "d");
		assertThat(TranscriptText.lines("\n\r\r\n\n\r")).containsExactly("", "", "", "", "", "");
		assertThat(TranscriptText.lines("a\n\n")).containsExactly("a", "", "");
		assertThat(TranscriptText.lines("")).containsExactly("");
	}

	@Test
	void splitsLinesAsTheRegexOfLineEndsDid() {
		Pattern lineBreak = Pattern.compile("\r\n|\r|\n");
		Random random = new Random(12);
		char[] alphabet = { 'a', ' ', '\r', '\n', '\u2028', '\u0085' };
		for (int round = 0; round < 2_000; round++) {
			char[] text = new char[random.nextInt(12)];
			for (int i = 0; i < text.length; i++) {
				text[i] = alphabet[random.nextInt(alphabet.length)];
			}
			String content = new String(text);
			assertThat(TranscriptText.lines(content)).as(content).containsExactly(lineBreak.split(content, -1));
		}
	}

}
