package org.podquote.importer.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CueBlocksTest {

	@ParameterizedTest
	@CsvSource({ "00:00:01.000, 1000", "01:02:03.456, 3723456", "1:02:03.456, 3723456", "02:03.456, 123456",
			"2:03.4, 123400", "0.500, 500", "6.25, 6250", "123, 123000", "'00:00:02,760', 2760", "00:00:02.76, 2760",
			"00:00:01.123456, 1123", "75:00.000, 4500000", "00:00:01, 1000", "-00:00:01.000, -1000" })
	void readsEveryTimeFormRealCaptionFilesWrite(String text, long ms) {
		assertThat(CueBlocks.time(text)).isEqualTo(ms);
	}

	@ParameterizedTest
	@ValueSource(strings = { "00:00:0", "1:2.000", "00:60.000", "1:60:00.000", "01:2:03.000", "00:00:0x.000", "a.b",
			"", "1:02:03:04.000" })
	void refusesWhatIsNoTime(String text) {
		assertThat(CueBlocks.time(text)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "00:00:00,000-->00:00:02,000", "0.500 --> 6.250", "1:02.400 --> 1:04.900",
			"00:00:01.000 --> 00:00:02.000 align:start position:10%", "00:00:01,000 --> 00:00:02,000 X1:1 X2:2",
			"0:00:01,000 -> 0:00:02,000", "00:00:01.000\u2192 00:00:02.000", "  00:00:01.000  -->  00:00:02.000  " })
	void readsTimingLinesWithAnyArrowSpacingAndSettings(String line) {
		assertThat(CueBlocks.isTimingLine(line)).isTrue();
		assertThat(CueBlocks.timing(line)).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "00:00:05.000 --> 00:00:04.000", "-00:00:01.000 --> 00:00:02.000", "00:00:01.000 -->",
			"x -> y" })
	void refusesTimingLinesThatCannotBe(String line) {
		assertThat(CueBlocks.timing(line)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a -> b is an arrow in speech", "Speaker 1: 10:30 -- ok" })
	void doesNotTakeArrowsInTextForTimings(String line) {
		assertThat(CueBlocks.isTimingLine(line)).isFalse();
	}

}
