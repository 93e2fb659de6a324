package org.podquote.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Appearances over time in buckets that keep a chart readable: months for up to three years,
 * quarters for up to twelve, years beyond. Empty periods are zero; undated appearances are
 * counted apart, never given a date.
 */
public record Timeline(Granularity granularity, List<Bucket> buckets, long undated) {

	static final int MIN_MONTHS = 12;

	static final int MAX_MONTH_BUCKETS = 36;

	static final int MAX_QUARTER_BUCKETS = 48;

	public enum Granularity {

		MONTH(1), QUARTER(3), YEAR(12);

		final int months;

		Granularity(int months) {
			this.months = months;
		}

	}

	/**
	 * @param label full name of the period, e.g. {@code February 2026}, {@code Q1 2026}, {@code 2026}
	 * @param shortLabel axis label, e.g. {@code Feb 2026}
	 * @param from first day
	 * @param to last day
	 */
	public record Bucket(String label, String shortLabel, LocalDate from, LocalDate to, long count) {
	}

	public long dated() {
		return buckets.stream().mapToLong(Bucket::count).sum();
	}

	public long total() {
		return dated() + undated;
	}

	public long max() {
		return buckets.stream().mapToLong(Bucket::count).max().orElse(0);
	}

	public boolean isEmpty() {
		return total() == 0;
	}

	/** Buckets sized for a chart: the granularity follows the span, and a short span is padded to a year. */
	public static Timeline of(List<MonthCount> months, long undated) {
		if (months.isEmpty()) {
			return new Timeline(Granularity.MONTH, List.of(), undated);
		}
		TreeMap<YearMonth, Long> counts = byMonth(months);
		YearMonth first = counts.firstKey();
		YearMonth last = counts.lastKey();
		long span = first.until(last, ChronoUnit.MONTHS) + 1;
		Granularity granularity = span <= MAX_MONTH_BUCKETS ? Granularity.MONTH
				: span <= MAX_QUARTER_BUCKETS * 3L ? Granularity.QUARTER : Granularity.YEAR;
		if (granularity == Granularity.MONTH && span < MIN_MONTHS) {
			// A lone month says little without the empty months around it.
			long pad = MIN_MONTHS - span;
			first = first.minusMonths(pad / 2);
			last = last.plusMonths(pad - pad / 2);
		}
		return buckets(counts, first, last, granularity, undated);
	}

	/** Buckets of the given size from the first dated appearance to the last, without padding. */
	public static Timeline of(List<MonthCount> months, long undated, Granularity granularity) {
		if (months.isEmpty()) {
			return new Timeline(granularity, List.of(), undated);
		}
		TreeMap<YearMonth, Long> counts = byMonth(months);
		return buckets(counts, counts.firstKey(), counts.lastKey(), granularity, undated);
	}

	private static TreeMap<YearMonth, Long> byMonth(List<MonthCount> months) {
		TreeMap<YearMonth, Long> counts = new TreeMap<>();
		months.forEach(m -> counts.merge(YearMonth.of(m.year(), m.month()), m.count(), Long::sum));
		return counts;
	}

	private static Timeline buckets(TreeMap<YearMonth, Long> counts, YearMonth first, YearMonth last,
			Granularity granularity, long undated) {
		YearMonth start = startOf(first, granularity);
		List<Bucket> buckets = new ArrayList<>();
		for (YearMonth from = start; !from.isAfter(last); from = from.plusMonths(granularity.months)) {
			YearMonth to = from.plusMonths(granularity.months - 1);
			long count = 0;
			for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
				count += counts.getOrDefault(m, 0L);
			}
			buckets.add(new Bucket(label(from, granularity), shortLabel(from, granularity), from.atDay(1),
					to.atEndOfMonth(), count));
		}
		return new Timeline(granularity, buckets, undated);
	}

	private static YearMonth startOf(YearMonth month, Granularity granularity) {
		return switch (granularity) {
			case MONTH -> month;
			case QUARTER -> YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
			case YEAR -> YearMonth.of(month.getYear(), 1);
		};
	}

	private static String label(YearMonth from, Granularity granularity) {
		return switch (granularity) {
			case MONTH -> from.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
			case QUARTER -> "Q" + ((from.getMonthValue() - 1) / 3 + 1) + " " + from.getYear();
			case YEAR -> String.valueOf(from.getYear());
		};
	}

	private static String shortLabel(YearMonth from, Granularity granularity) {
		return granularity == Granularity.MONTH
				? from.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH)) : label(from, granularity);
	}

}
