package org.podquote.timeline;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineChartTest {

	@Test
	void theTallestBarFillsThePlotAndEmptyBucketsHaveNoHeight() {
		Timeline timeline = Timeline.of(List.of(new MonthCount(2026, 1, 5L), new MonthCount(2026, 3, 20L)), 0);

		TimelineChart chart = TimelineChart.of(timeline);

		TimelineChart.Bar tallest = chart.bars().stream().filter(b -> b.count() == 20).findFirst().orElseThrow();
		assertThat(tallest.y()).isEqualTo(chart.plotTop());
		assertThat(tallest.height()).isEqualTo(chart.plotBottom() - chart.plotTop());
		TimelineChart.Bar quarter = chart.bars().stream().filter(b -> b.count() == 5).findFirst().orElseThrow();
		assertThat(quarter.height()).isEqualTo(tallest.height() / 4);
		assertThat(chart.bars()).filteredOn(b -> b.count() == 0).allSatisfy(b -> assertThat(b.height()).isZero());
	}

	@Test
	void barsStayInsideThePlotInOrder() {
		TimelineChart chart = TimelineChart.of(Timeline.of(List.of(new MonthCount(2023, 1, 1L),
				new MonthCount(2025, 12, 9L)), 0));

		assertThat(chart.bars()).hasSize(36);
		assertThat(chart.bars()).allSatisfy(b -> {
			assertThat(b.x()).isGreaterThanOrEqualTo(chart.plotLeft());
			assertThat(b.x() + b.width()).isLessThanOrEqualTo(chart.plotRight());
		});
		assertThat(chart.bars()).extracting(TimelineChart.Bar::x).isSorted();
		assertThat(chart.xLabels()).hasSizeLessThanOrEqualTo(TimelineChart.MAX_X_LABELS);
	}

	@Test
	void axisTopIsARoundNumberAtLeastTheMaximum() {
		assertThat(TimelineChart.niceCeiling(0)).isEqualTo(1);
		assertThat(TimelineChart.niceCeiling(3)).isEqualTo(4);
		assertThat(TimelineChart.niceCeiling(20)).isEqualTo(20);
		assertThat(TimelineChart.niceCeiling(21)).isEqualTo(40);
		assertThat(TimelineChart.niceCeiling(730)).isEqualTo(800);
		assertThat(TimelineChart.niceCeiling(10_001)).isEqualTo(20_000);
	}

	@Test
	void undatedQuotesBesideDatedOnesGetABarOfTheirOwnAtTheEndOnTheSameScale() {
		Timeline timeline = Timeline.of(List.of(new MonthCount(2026, 2, 20L)), 40);

		TimelineChart chart = TimelineChart.of(timeline, "Undated");

		assertThat(chart.bars()).hasSize(timeline.buckets().size() + 1);
		TimelineChart.Bar undated = chart.bars().get(chart.bars().size() - 1);
		assertThat(undated.undated()).isTrue();
		assertThat(undated.linkable()).isFalse();
		assertThat(undated.count()).isEqualTo(40);
		assertThat(undated.y()).isEqualTo(chart.plotTop());
		assertThat(chart.bars()).filteredOn(b -> b.count() == 20).singleElement()
			.satisfies(b -> assertThat(b.height()).isEqualTo(undated.height() / 2));
		assertThat(chart.xLabels()).last().extracting(TimelineChart.Label::text).isEqualTo("Undated");
		assertThat(chart.xLabels()).last().extracting(TimelineChart.Label::minor).isEqualTo(false);
		assertThat(TimelineChart.of(Timeline.of(List.of(), 40), "Undated").bars()).isEmpty();
		assertThat(TimelineChart.of(timeline).bars()).noneMatch(TimelineChart.Bar::undated);
	}

	@Test
	void aShowsUndatedEpisodesAreBarsByEpisodeNumberThatLinkNowhere() {
		EpisodeOrder order = EpisodeOrder.of(List.of(new EpisodeCount("go", "Go", 1, 3L),
				new EpisodeCount("go", "Go", 2, 6L)), Set.of()).get(0);

		TimelineChart chart = TimelineChart.of(order);

		assertThat(chart.bars()).extracting(TimelineChart.Bar::label).containsExactly("#1", "#2");
		assertThat(chart.bars()).noneMatch(TimelineChart.Bar::linkable);
		assertThat(chart.xLabels()).extracting(TimelineChart.Label::text).containsExactly("#1", "#2");
	}

	@Test
	void axisLabelsAreShortAndThePlotMakesRoomForThem() {
		assertThat(TimelineChart.shortNumber(750)).isEqualTo("750");
		assertThat(TimelineChart.shortNumber(1000)).isEqualTo("1k");
		assertThat(TimelineChart.shortNumber(2500)).isEqualTo("2.5k");
		assertThat(TimelineChart.shortNumber(12_500)).isEqualTo("12.5k");
		assertThat(TimelineChart.shortNumber(1_250_000)).isEqualTo("1.3M");

		TimelineChart small = TimelineChart.of(Timeline.of(List.of(new MonthCount(2026, 2, 20L)), 0));
		TimelineChart large = TimelineChart.of(Timeline.of(List.of(new MonthCount(2026, 2, 11_000L)), 0));
		assertThat(small.plotLeft()).isEqualTo(TimelineChart.LEFT);
		assertThat(large.yTicks()).extracting(TimelineChart.Tick::label).containsExactly("0", "5k", "10k", "15k", "20k");
		assertThat(large.plotLeft()).isGreaterThanOrEqualTo(14 + 3 * TimelineChart.LABEL_CHAR);
		assertThat(large.bars()).allSatisfy(b -> assertThat(b.x()).isGreaterThanOrEqualTo(large.plotLeft()));
	}

}
