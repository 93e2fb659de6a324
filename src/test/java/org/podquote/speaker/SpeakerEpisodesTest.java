package org.podquote.speaker;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podquote.speaker.SpeakerEpisodes.Slice;
import org.podquote.timeline.MonthCount;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerEpisodesTest {

	private static SpeakerEpisode episode(long id, String slug, String podcast, LocalDate day, long quotes) {
		return new SpeakerEpisode(id, slug, slug, podcast.length(), podcast, podcast.toUpperCase(), day, quotes, null);
	}

	private static final SpeakerEpisodes EPISODES = SpeakerEpisodes.of(List.of(
			episode(1, "go-time-9", "go", null, 4), episode(2, "go-time-10", "go", null, 3),
			episode(3, "go-time-funny-bits", "go", null, 2), episode(4, "js-party-1", "js", LocalDate.of(2024, 5, 2), 5),
			episode(5, "js-party-2", "js", LocalDate.of(2024, 6, 9), 1), episode(6, "go-time-2", "go", LocalDate.of(2024, 5, 30), 6)));

	@Test
	void newestFirstByDateThenByTheNumbersOfUndatedSlugs() {
		assertThat(EPISODES.newestFirst()).extracting(SpeakerEpisode::episodeSlug).containsExactly("js-party-2",
				"go-time-2", "js-party-1", "go-time-10", "go-time-9", "go-time-funny-bits");
		assertThat(SpeakerEpisodes.NATURAL.compare("go-time-99", "go-time-100")).isNegative();
		assertThat(SpeakerEpisodes.NATURAL.compare("go-time-007", "go-time-7")).isZero();
		assertThat(SpeakerEpisodes.NATURAL.compare("a", "ab")).isNegative();
	}

	@Test
	void totalsShowsAndMonthsComeFromTheRows() {
		assertThat(EPISODES.quotes()).isEqualTo(21);
		assertThat(EPISODES.episodes()).isEqualTo(6);
		assertThat(EPISODES.first()).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(EPISODES.last()).isEqualTo(LocalDate.of(2024, 6, 9));
		assertThat(EPISODES.shows()).containsExactly(new SpeakerEpisodes.Show("go", "GO", 4, 15),
				new SpeakerEpisodes.Show("js", "JS", 2, 6));
		assertThat(EPISODES.months()).containsExactly(new MonthCount(2024, 5, 11L), new MonthCount(2024, 6, 1L));
		assertThat(EPISODES.undated()).isEqualTo(9);
	}

	@Test
	void filtersByShowAndPeriodLeavingUndatedOutOfAPeriod() {
		assertThat(EPISODES.filter("js", null, null).quotes()).isEqualTo(6);
		assertThat(EPISODES.filter(null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)).newestFirst())
			.extracting(SpeakerEpisode::episodeId).containsExactly(6L, 4L);
		assertThat(EPISODES.filter("go", LocalDate.of(2024, 6, 1), null).isEmpty()).isTrue();
		assertThat(EPISODES.filter(null, null, null)).isSameAs(EPISODES);
	}

	@Test
	void aPageOfAllInOrderMayStartAndEndInsideAnEpisode() {
		// newest first: 5 (1 quote), 6 (6), 4 (5), 2 (3), 1 (4), 3 (2)
		assertThat(EPISODES.slices(0, 4, false)).containsExactly(new Slice(5, 0, 1), new Slice(6, 0, 3));
		assertThat(EPISODES.slices(4, 4, false)).containsExactly(new Slice(6, 3, 3), new Slice(4, 0, 1));
		assertThat(EPISODES.slices(20, 4, false)).containsExactly(new Slice(3, 1, 1));
		assertThat(EPISODES.slices(21, 4, false)).isEmpty();
		assertThat(EPISODES.slices(0, 3, true)).containsExactly(new Slice(3, 0, 2), new Slice(1, 0, 1));
	}

	@Test
	void theEpisodeTableIsPaged() {
		assertThat(EPISODES.page(0, 4)).hasSize(4);
		assertThat(EPISODES.page(1, 4)).extracting(SpeakerEpisode::episodeId).containsExactly(1L, 3L);
		assertThat(EPISODES.page(5, 4)).isEmpty();
	}

}
