package org.podquote.importer;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a file name says of its episode when the file says nothing. */
class FileNamesTest {

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			go-time-100                   | Go Time     | -              | Go Time #100                 | 100 | -
			go-time-100                   | gotime      | -              | Go Time #100                 | 100 | -
			practical-ai-12               | Practical AI| -              | Practical AI #12             | 12  | -
			changelog-news-100            | news        | -              | Changelog News #100          | 100 | -
			request-for-commits-5         | rfc         | -              | Request for Commits #5       | 5   | -
			away-from-keyboard-12         | afk         | -              | Away from Keyboard #12       | 12  | -
			the-changelog-100             | podcast     | thechangelog   | The Changelog #100           | 100 | -
			go-time-bonus-1               | gotime      | gotime         | Go Time Bonus 1              | -   | -
			001                           | Any Show    | -              | Episode 1                    | 1   | -
			ep12                          | Any Show    | -              | Episode 12                   | 12  | -
			Episode 7                     | Any Show    | -              | Episode 7                    | 7   | -
			hike12                        | Any Show    | -              | Hike 12                      | -   | -
			show_weekly_review_2023-05-05 | Any Show    | -              | Show Weekly Review           | -   | 2023-05-05
			2023-03-17-title              | Any Show    | -              | Title                        | -   | 2023-03-17
			interview_2023-03-17          | Any Show    | -              | Interview                    | -   | 2023-03-17
			20230317                      | Any Show    | -              | 2023-03-17                   | -   | 2023-03-17
			2023-02-30-not-a-day          | Any Show    | -              | 2023 02 30 Not a Day         | -   | -
			042-the-answer                | Any Show    | -              | The Answer                   | 42  | -
			2019-recap                    | Any Show    | -              | 2019 Recap                   | -   | -
			big-tent-s1e3                 | bigtent     | -              | Big Tent S1E3                | -   | -
			jane-doe                      | Any Show    | -              | Jane Doe                     | -   | -
			the-persona-selection-model   | Any Show    | -              | The Persona Selection Model  | -   | -
			iOS-and-the-web               | Any Show    | -              | iOS and the Web              | -   | -
			""")
	void readsTitleNumberAndDate(String name, String podcast, String series, String title, Integer number,
			LocalDate date) {
		assertThat(FileNames.read(name, podcast, series)).isEqualTo(new FileNames.Facts(title, number, date));
	}

	@Test
	void namesThatSayWhatTheFileIsAreGeneric() {
		assertThat(FileNames.generic("transcript")).isTrue();
		assertThat(FileNames.generic("Transcript")).isTrue();
		assertThat(FileNames.generic("transcript-en")).isTrue();
		assertThat(FileNames.generic("captions.en")).isTrue();
		assertThat(FileNames.generic("index")).isTrue();
		assertThat(FileNames.generic("episode-transcript")).isTrue();
		assertThat(FileNames.generic("go-time-100")).isFalse();
		assertThat(FileNames.generic("show")).isFalse();
	}

	@Test
	void aSeriesIsTheWordsBeforeATrailingNumber() {
		assertThat(FileNames.series("the-changelog-100")).isEqualTo("thechangelog");
		assertThat(FileNames.series("go-time-ep-7")).isEqualTo("gotime");
		assertThat(FileNames.series("001")).isNull();
		assertThat(FileNames.series("jane-doe")).isNull();
		assertThat(FileNames.series("big-tent-s1e3")).isNull();
	}

}
