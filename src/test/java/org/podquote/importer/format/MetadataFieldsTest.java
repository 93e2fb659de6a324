package org.podquote.importer.format;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataFieldsTest {

	@ParameterizedTest
	@ValueSource(strings = { "date", "Date", "publish_date", "published", "pubDate", "Publish Date", "publishedAt",
			"date_published", "release-date" })
	void readsADateUnderAnyOfItsNames(String key) {
		MetadataFields fields = new MetadataFields();
		assertThat(fields.put(key, "2024-03-05", "front matter")).isTrue();
		assertThat(fields.build().publishedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2024-03-05|2024-03-05", "2024-03-05T10:00:00Z|2024-03-05",
			"'2024-03-05'|2024-03-05", "\"Tue, 05 Mar 2024 10:00:00 +0000\"|2024-03-05", "5 March 2024|2024-03-05",
			"March 5th, 2024|2024-03-05", "Tuesday, March 5, 2024|2024-03-05" })
	void readsDatesAsFeedsWriteThem(String value, LocalDate day) {
		MetadataFields fields = new MetadataFields();
		fields.put("date", value, "header lines");
		assertThat(fields.build().publishedOn()).isEqualTo(day);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "3723|3723", "1:02:03|3723", "62:03|3723", "PT1H2M3S|3723",
			"1h 2m 3s|3723", "1 hr 2 min 3 sec|3723", "62 minutes|3720", "45 min|2700" })
	void readsDurationsInEveryForm(String value, long seconds) {
		assertThat(MetadataFields.duration(value)).isEqualTo(Duration.ofSeconds(seconds));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "12|12", "#12|12", "Episode 12|12", "12 - The Title|12", "Ep. 7|7" })
	void readsEpisodeNumbers(String value, int number) {
		MetadataFields fields = new MetadataFields();
		fields.put("episode", value, "header lines");
		assertThat(fields.build().number()).isEqualTo(number);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The Title", "1.5", "soon" })
	void leavesOutWhatIsNoEpisodeNumber(String value) {
		MetadataFields fields = new MetadataFields();
		fields.put("episode", value, "header lines");
		assertThat(fields.build()).isEqualTo(ParsedTranscript.Metadata.NONE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "https://x.org/1.mp3|https://x.org/1.mp3", "<https://x.org/1.mp3>|https://x.org/1.mp3",
			"[the audio](https://x.org/1.mp3)|https://x.org/1.mp3" })
	void readsUrlsBareOrAsMarkdownLinks(String value, String url) {
		MetadataFields fields = new MetadataFields();
		fields.put("audio_url", value, "front matter");
		assertThat(fields.build().audioUrl()).isEqualTo(url);
	}

	@ParameterizedTest
	@ValueSource(strings = { "description", "tags", "author", "layout" })
	void ignoresOtherKeys(String key) {
		MetadataFields fields = new MetadataFields();
		assertThat(fields.put(key, "anything", "front matter")).isFalse();
		assertThat(fields.build()).isEqualTo(ParsedTranscript.Metadata.NONE);
	}

}
