package org.podquote.timeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a bar chart of a {@link Timeline} or an {@link EpisodeOrder}, for a
 * server-rendered SVG: coordinates in a fixed view box that the browser scales to the page width.
 */
public record TimelineChart(int width, int height, int plotLeft, int plotTop, int plotBottom, int plotRight,
		List<Bar> bars, List<Tick> yTicks, List<Label> xLabels) {

	static final int WIDTH = 640;

	static final int HEIGHT = 220;

	static final int LEFT = 56;

	static final int RIGHT = 12;

	static final int TOP = 12;

	static final int BOTTOM = 40;

	static final int MAX_X_LABELS = 6;

	/** The width of one character of an axis label where a phone draws them largest, in view-box units. */
	static final int LABEL_CHAR = 14;

	/**
	 * One bucket; {@code label} names it in its tooltip, e.g. "February 2026: 20 appearances".
	 * {@code from} and {@code to} are the days a dated bar spans (what a link to its quotes
	 * narrows to); both null for a bar of episode numbers and for the undated bar.
	 *
	 * @param undated whether this is the bar of the quotes whose episodes have no date
	 */
	public record Bar(double x, double y, double width, double height, long count, String label, String from,
			String to, boolean undated) {

		/** Whether a link can narrow a list to this bar's period. */
		public boolean linkable() {
			return from != null && to != null;
		}

	}

	/** A line across the plot at {@code value}, labelled short ({@code 2.5k}) so that the axis fits a phone. */
	public record Tick(double y, long value, String label) {
	}

	/** An axis label; {@code minor} ones are hidden where the chart is drawn small. */
	public record Label(double x, String text, boolean minor) {
	}

	/** What one bar stands for, before it is placed. */
	private record Column(String label, String shortLabel, long count, String from, String to, boolean undated) {
	}

	/**
	 * The dated buckets and, when some of the quotes have no date and others do, one bar more at
	 * the end for the undated ones, on the same scale ({@code undatedLabel} names it).
	 */
	public static TimelineChart of(Timeline timeline, String undatedLabel) {
		List<Column> columns = new ArrayList<>();
		for (Timeline.Bucket b : timeline.buckets()) {
			columns.add(new Column(b.label(), b.shortLabel(), b.count(), b.from().toString(), b.to().toString(), false));
		}
		if (!columns.isEmpty() && timeline.undated() > 0 && undatedLabel != null) {
			columns.add(new Column(undatedLabel, undatedLabel, timeline.undated(), null, null, true));
		}
		return of(columns);
	}

	/** The dated buckets alone. */
	public static TimelineChart of(Timeline timeline) {
		return of(timeline, null);
	}

	/** A show's undated episodes by number, a bar per run of numbers. */
	public static TimelineChart of(EpisodeOrder order) {
		return of(order.runs()
			.stream()
			.map(run -> new Column(run.label(), run.shortLabel(), run.count(), null, null, false))
			.toList());
	}

	private static TimelineChart of(List<Column> columns) {
		int plotBottom = HEIGHT - BOTTOM;
		int plotRight = WIDTH - RIGHT;
		double plotHeight = plotBottom - TOP;
		long top = niceCeiling(columns.stream().mapToLong(Column::count).max().orElse(0));
		long step = Math.max(1, top / 4);
		List<Long> values = new ArrayList<>();
		for (long v = 0; v <= top; v += step) {
			values.add(v);
		}
		// room for the widest label at the size a phone draws it (24 units a character at most)
		int left = Math.max(LEFT, 14 + LABEL_CHAR * values.stream().mapToInt(v -> shortNumber(v).length()).max().orElse(1));
		double slot = columns.isEmpty() ? 0 : (double) (plotRight - left) / columns.size();
		double gap = Math.min(slot * 0.2, 8);

		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		int every = Math.max(1, (int) Math.ceil(columns.size() / (double) MAX_X_LABELS));
		for (int i = 0; i < columns.size(); i++) {
			Column c = columns.get(i);
			double h = top == 0 ? 0 : plotHeight * c.count() / top;
			double x = left + i * slot + gap / 2;
			bars.add(new Bar(round(x), round(plotBottom - h), round(slot - gap), round(h), c.count(), c.label(),
					c.from(), c.to(), c.undated()));
			double middle = round(left + i * slot + slot / 2);
			if (c.undated()) {
				// always named, and never where a dated label would crowd it
				if (!labels.isEmpty() && middle - labels.get(labels.size() - 1).x() < slot * every * 0.9) {
					labels.remove(labels.size() - 1);
				}
				labels.add(new Label(middle, c.shortLabel(), false));
			}
			else if (i % every == 0) {
				labels.add(new Label(middle, c.shortLabel(), labels.size() % 2 == 1));
			}
		}
		List<Tick> ticks = new ArrayList<>();
		for (long v : values) {
			ticks.add(new Tick(round(plotBottom - plotHeight * v / Math.max(1, top)), v, shortNumber(v)));
		}
		return new TimelineChart(WIDTH, HEIGHT, left, TOP, plotBottom, plotRight, bars, ticks, labels);
	}

	public String viewBox() {
		return "0 0 " + width + " " + height;
	}

	/** The smallest of 1, 2, 4, 5 times a power of ten, or a multiple of 4, that is at least {@code max}. */
	static long niceCeiling(long max) {
		if (max <= 4) {
			return Math.max(max, 1) <= 1 ? 1 : 4;
		}
		long power = 1;
		while (power * 10 < max) {
			power *= 10;
		}
		for (long m : new long[] { 1, 2, 4, 5, 8, 10 }) {
			if (m * power >= max) {
				return m * power;
			}
		}
		return 10 * power;
	}

	/** {@code 750}, {@code 1k}, {@code 2.5k}, {@code 12.5k}, {@code 1.2M}: a tick's label. */
	static String shortNumber(long v) {
		if (v < 1000) {
			return String.valueOf(v);
		}
		boolean millions = v >= 1_000_000;
		BigDecimal scaled = BigDecimal.valueOf(v, millions ? 6 : 3)
			.setScale(millions ? 1 : 2, RoundingMode.HALF_UP)
			.stripTrailingZeros();
		return scaled.toPlainString() + (millions ? "M" : "k");
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

}
