package org.podquote.importer;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.podquote.episode.Episode;
import org.podquote.importer.feed.ParsedFeed;
import org.podquote.podcast.Podcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FeedMatchingTest {

	static final Podcast SHOW = new Podcast("show", "Show");

	@Test
	void readsTheNumberATitleWritesButNotAYearOrACount() {
		assertThat(FeedMatching.numberInTitle("Go Time #100: Why Go?")).isEqualTo(100);
		assertThat(FeedMatching.numberInTitle("Episode 12 - Generics")).isEqualTo(12);
		assertThat(FeedMatching.numberInTitle("Ep. 7: Seven")).isEqualTo(7);
		assertThat(FeedMatching.numberInTitle("42: The answer")).isEqualTo(42);
		assertThat(FeedMatching.numberInTitle("2019: a look back")).isNull();
		assertThat(FeedMatching.numberInTitle("Top 10 tips for Go")).isNull();
		assertThat(FeedMatching.numberInTitle(null)).isNull();
	}

	@Test
	void titlesMatchWhateverTheirCaseAccentsAndPunctuation() {
		assertThat(FeedMatching.normalised("Café & Crème: Revisited!")).isEqualTo("cafe and creme revisited");
		assertThat(FeedMatching.normalised("cafe and  creme -- revisited")).isEqualTo("cafe and creme revisited");
	}

	@Test
	void matchesByGuidThenNumberThenTitleAndEachOnlyOnce() {
		Episode byGuid = episode("feed-guid-1", "Something else", null);
		Episode byNumber = episode("file:show-5", "Show #5", 5);
		Episode byTitle = episode("file:a-talk", "A Talk", null);
		Episode none = episode("file:extra", "Extra", null);
		ParsedFeed.Item guid = item("feed-guid-1", "The first", 5);
		ParsedFeed.Item number = item("g5", "Show #5 again", 5);
		ParsedFeed.Item title = item("g6", "A talk!", null);
		ParsedFeed.Item trailer = item("g7", "Trailer", null);

		FeedMatching.Result result = FeedMatching.match(List.of(guid, number, title, trailer),
				List.of(byGuid, byNumber, byTitle, none));

		assertThat(result.matches()).extracting(m -> m.item(), m -> m.episode(), m -> m.by())
			.containsExactly(tuple(guid, byGuid, FeedMatching.By.GUID),
					tuple(number, byNumber, FeedMatching.By.NUMBER),
					tuple(title, byTitle, FeedMatching.By.TITLE));
		assertThat(result.items()).containsExactly(trailer);
		assertThat(result.episodes()).containsExactly(none);
	}

	@Test
	void aNumberOrTitleThatIsNotOneToOneMatchesNothingByIt() {
		// seasons restart their numbers: two items of number 1
		Episode first = episode("file:s1e1", "Pilot", 1);
		ParsedFeed.Item seasonOne = item("a", "Pilot", 1);
		ParsedFeed.Item seasonTwo = item("b", "Another pilot", 1);
		Episode twin = episode("file:a", "Same", null);
		Episode twin2 = episode("file:b", "Same", null);
		ParsedFeed.Item same = item("c", "Same", null);

		FeedMatching.Result result = FeedMatching.match(List.of(seasonOne, seasonTwo, same), List.of(first, twin, twin2));

		assertThat(result.matches()).singleElement().satisfies(match -> {
			assertThat(match.item()).isEqualTo(seasonOne);
			assertThat(match.by()).isEqualTo(FeedMatching.By.TITLE);
		});
		assertThat(result.items()).containsExactly(seasonTwo, same);
	}

	private static Episode episode(String guid, String title, Integer number) {
		Episode episode = new Episode(SHOW, guid.replace(':', '-'), guid, title);
		episode.setNumber(number);
		return episode;
	}

	private static ParsedFeed.Item item(String guid, String title, Integer number) {
		return new ParsedFeed.Item(guid, title, null, null, null, null, number, List.of(), List.of(), List.of(),
				guid.hashCode());
	}

}
