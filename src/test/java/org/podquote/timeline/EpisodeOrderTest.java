package org.podquote.timeline;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Undated quotes in the order of their episodes' numbers, show by show. */
class EpisodeOrderTest {

	@Test
	void aShortShowGetsABarPerEpisodeNumberWithTheGapsAtZero() {
		EpisodeOrder order = EpisodeOrder.of(List.of(count("go", 3, 4), count("go", 1, 2), count("go", 5, 1)), Set.of())
			.get(0);

		assertThat(order.wholeShow()).isTrue();
		assertThat(order.runSize()).isEqualTo(1);
		assertThat(order.runs()).extracting(EpisodeOrder.Run::label, EpisodeOrder.Run::count)
			.containsExactly(tuple("#1", 2L), tuple("#2", 0L),
					tuple("#3", 4L), tuple("#4", 0L),
					tuple("#5", 1L));
	}

	@Test
	void aLongShowIsDrawnInRunsOfTenAndEveryQuoteIsInOne() {
		List<EpisodeCount> counts = IntStream.rangeClosed(1, 341).mapToObj(n -> count("go", n, 1)).toList();

		EpisodeOrder order = EpisodeOrder.of(counts, Set.of()).get(0);

		assertThat(order.runSize()).isEqualTo(10);
		assertThat(order.runs()).hasSize(35).hasSizeLessThanOrEqualTo(EpisodeOrder.MAX_RUNS);
		assertThat(order.runs().get(0).label()).isEqualTo("#1\u2013#10");
		assertThat(order.runs().get(1).label()).isEqualTo("#11\u2013#20");
		assertThat(order.runs().get(34).label()).isEqualTo("#341");
		assertThat(order.total()).isEqualTo(341);
	}

	@Test
	void runsStartAtTheShowsRoundNumbersAndClipToTheFirstAndLastEpisode() {
		List<EpisodeCount> counts = IntStream.rangeClosed(37, 120).mapToObj(n -> count("go", n, 1)).toList();

		EpisodeOrder order = EpisodeOrder.of(counts, Set.of()).get(0);

		assertThat(order.runSize()).isEqualTo(5);
		assertThat(order.runs()).first().extracting(EpisodeOrder.Run::label).isEqualTo("#37\u2013#40");
		assertThat(order.runs()).last().extracting(EpisodeOrder.Run::label).isEqualTo("#116\u2013#120");
		assertThat(order.numbered()).isEqualTo(84);
	}

	@Test
	void unnumberedEpisodesAreCountedApartAndShowsComeMostQuotedFirst() {
		List<EpisodeOrder> orders = EpisodeOrder.of(List.of(count("small", 1, 2), count("big", 1, 5),
				new EpisodeCount("big", "Big", null, 3L), new EpisodeCount("none", "None", null, 1L)), Set.of("big"));

		assertThat(orders).extracting(EpisodeOrder::podcastSlug).containsExactly("big", "small", "none");
		assertThat(orders.get(0).unnumbered()).isEqualTo(3);
		assertThat(orders.get(0).total()).isEqualTo(8);
		assertThat(orders.get(0).wholeShow()).isFalse();
		assertThat(orders.get(2).runs()).isEmpty();
	}

	@Test
	void anActivityChartsTheMostQuotedShowsAndNamesTheRest() {
		List<EpisodeCount> counts = List.of(count("a", 1, 9), count("b", 1, 8), count("c", 1, 7), count("d", 1, 6),
				new EpisodeCount("e", "E", null, 5L));
		Timeline undated = Timeline.of(List.of(), 35);

		Activity activity = Activity.of(undated, EpisodeOrder.of(counts, Set.of()), "Undated");

		assertThat(activity.dated()).isFalse();
		assertThat(activity.shows()).extracting(show -> show.order().podcastSlug()).containsExactly("a", "b", "c");
		assertThat(activity.shows()).extracting(Activity.Show::id).containsExactly("chart-a", "chart-b", "chart-c");
		assertThat(activity.others()).extracting(EpisodeOrder::podcastSlug).containsExactly("d", "e");
		assertThat(activity.undrawn()).isEqualTo(11);
		assertThat(activity.chart().bars()).isEmpty();
	}

	private static EpisodeCount count(String show, int number, long quotes) {
		return new EpisodeCount(show, show.toUpperCase(), number, quotes);
	}

}
