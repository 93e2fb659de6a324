package org.podquote.timeline;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class TimelineTest {

	@Test
	void aSingleMonthIsShownAmongEmptyMonthsAroundIt() {
		Timeline timeline = Timeline.of(List.of(new MonthCount(2026, 2, 20L)), 0);

		assertThat(timeline.granularity()).isEqualTo(Timeline.Granularity.MONTH);
		assertThat(timeline.buckets()).hasSize(Timeline.MIN_MONTHS);
		assertThat(timeline.buckets()).filteredOn(b -> b.count() > 0)
			.singleElement()
			.satisfies(b -> {
				assertThat(b.label()).isEqualTo("February 2026");
				assertThat(b.shortLabel()).isEqualTo("Feb 2026");
				assertThat(b.from()).isEqualTo(LocalDate.of(2026, 2, 1));
				assertThat(b.to()).isEqualTo(LocalDate.of(2026, 2, 28));
				assertThat(b.count()).isEqualTo(20);
			});
		assertThat(timeline.total()).isEqualTo(20);
	}

	@Test
	void emptyMonthsBetweenAreZero() {
		Timeline timeline = Timeline.of(List.of(new MonthCount(2024, 1, 3L), new MonthCount(2024, 12, 1L)), 0);

		assertThat(timeline.buckets()).hasSize(12);
		assertThat(timeline.buckets()).extracting(Timeline.Bucket::count)
			.containsExactly(3L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
	}

	@Test
	void longerRangesUseQuartersThenYears() {
		Timeline quarters = Timeline.of(List.of(new MonthCount(2020, 2, 1L), new MonthCount(2024, 11, 2L)), 0);
		assertThat(quarters.granularity()).isEqualTo(Timeline.Granularity.QUARTER);
		assertThat(quarters.buckets().get(0).label()).isEqualTo("Q1 2020");
		assertThat(quarters.buckets()).hasSize(20);
		assertThat(quarters.dated()).isEqualTo(3);

		Timeline years = Timeline.of(List.of(new MonthCount(2010, 5, 1L), new MonthCount(2025, 7, 4L)), 0);
		assertThat(years.granularity()).isEqualTo(Timeline.Granularity.YEAR);
		assertThat(years.buckets()).hasSize(16);
		assertThat(years.buckets().get(15)).extracting(Timeline.Bucket::label, Timeline.Bucket::count)
			.containsExactly("2025", 4L);
	}

	@Test
	void undatedAppearancesAreCountedApartNeverDated() {
		Timeline timeline = Timeline.of(List.of(new MonthCount(2026, 2, 2L)), 5);
		assertThat(timeline.dated()).isEqualTo(2);
		assertThat(timeline.undated()).isEqualTo(5);
		assertThat(timeline.total()).isEqualTo(7);

		Timeline onlyUndated = Timeline.of(List.of(), 5);
		assertThat(onlyUndated.buckets()).isEmpty();
		assertThat(onlyUndated.total()).isEqualTo(5);
	}

	@Test
	void aChosenBucketSizeSpansOnlyTheDatedAppearances() {
		List<MonthCount> months = List.of(new MonthCount(2025, 11, 2L), new MonthCount(2026, 2, 20L));

		Timeline byMonth = Timeline.of(months, 1, Timeline.Granularity.MONTH);
		assertThat(byMonth.buckets()).extracting(Timeline.Bucket::count).containsExactly(2L, 0L, 0L, 20L);
		Timeline byQuarter = Timeline.of(months, 1, Timeline.Granularity.QUARTER);
		assertThat(byQuarter.buckets()).extracting(Timeline.Bucket::label, Timeline.Bucket::count)
			.containsExactly(tuple("Q4 2025", 2L), tuple("Q1 2026", 20L));
		Timeline byYear = Timeline.of(months, 1, Timeline.Granularity.YEAR);
		assertThat(byYear.buckets()).extracting(Timeline.Bucket::from).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
		assertThat(byYear.total()).isEqualTo(23);
		assertThat(Timeline.of(List.of(), 4, Timeline.Granularity.YEAR).buckets()).isEmpty();
	}

}
