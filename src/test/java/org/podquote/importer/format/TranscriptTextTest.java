package org.podquote.importer.format;

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

}
