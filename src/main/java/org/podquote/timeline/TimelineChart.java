package org.podquote.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a bar chart of a {@link Timeline}, for a server-rendered SVG: coordinates in a
 * fixed view box that the browser scales to the page width.
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

	/** One bucket; {@code title} is its tooltip, e.g. "February 2026: 20 appearances". */
	public record Bar(double x, double y, double width, double height, long count, String label, String from,
			String to) {
	}

	public record Tick(double y, long value) {
	}

	/** An axis label; {@code minor} ones are hidden where the chart is drawn small. */
	public record Label(double x, String text, boolean minor) {
	}

	public static TimelineChart of(Timeline timeline) {
		int plotBottom = HEIGHT - BOTTOM;
		int plotRight = WIDTH - RIGHT;
		double plotHeight = plotBottom - TOP;
		List<Timeline.Bucket> buckets = timeline.buckets();
		long top = niceCeiling(timeline.max());
		double slot = buckets.isEmpty() ? 0 : (double) (plotRight - LEFT) / buckets.size();
		double gap = Math.min(slot * 0.2, 8);

		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		int every = Math.max(1, (int) Math.ceil(buckets.size() / (double) MAX_X_LABELS));
		for (int i = 0; i < buckets.size(); i++) {
			Timeline.Bucket b = buckets.get(i);
			double h = top == 0 ? 0 : plotHeight * b.count() / top;
			double x = LEFT + i * slot + gap / 2;
			bars.add(new Bar(round(x), round(plotBottom - h), round(slot - gap), round(h), b.count(), b.label(),
					b.from().toString(), b.to().toString()));
			if (i % every == 0) {
				labels.add(new Label(round(LEFT + i * slot + slot / 2), b.shortLabel(), labels.size() % 2 == 1));
			}
		}
		List<Tick> ticks = new ArrayList<>();
		long step = Math.max(1, top / 4);
		for (long v = 0; v <= top; v += step) {
			ticks.add(new Tick(round(plotBottom - plotHeight * v / Math.max(1, top)), v));
		}
		return new TimelineChart(WIDTH, HEIGHT, LEFT, TOP, plotBottom, plotRight, bars, ticks, labels);
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

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

}
