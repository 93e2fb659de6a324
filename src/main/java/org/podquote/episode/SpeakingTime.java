package org.podquote.episode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.podquote.appearance.QuoteView;

/**
 * Who speaks how long in an episode, from its timed passages: a passage lasts from its start to its
 * end, or, when the transcript gives no end, to the start of the passage after it (the same rule as
 * {@code speaker/SpeakingTimes} for a person's total). Untimed passages and
 * headings count for nobody, so an untimed transcript has no speaking time at all (and the page no
 * bar).
 *
 * @param shares the speakers, longest first
 * @param totalMs the time of all timed passages
 */
public record SpeakingTime(List<Share> shares, long totalMs) {

	/** Longest first, with more than this many speakers the rest are one "others" share. */
	static final int MAX_SHARES = 6;

	/**
	 * One speaker's part.
	 *
	 * @param name the person, the episode's voice ("Speaker 1"), or null for an unknown voice
	 * @param slug the person's slug; null for a voice
	 * @param others whether this share stands for the speakers beyond {@link #MAX_SHARES}
	 */
	public record Share(String name, String slug, long ms, long totalMs, boolean others) {

		/** Percent of the episode's speaking time, to one decimal place. */
		public double percent() {
			return totalMs == 0 ? 0 : Math.round(ms * 1000.0 / totalMs) / 10.0;
		}

		public long seconds() {
			return ms / 1000;
		}

		public String time() {
			return Episodes.clock(Duration.ofMillis(ms));
		}

	}

	public static SpeakingTime of(List<QuoteView> quotes) {
		Map<String, long[]> byLabel = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		long total = 0;
		for (int i = 0; i < quotes.size(); i++) {
			QuoteView q = quotes.get(i);
			long ms = lasts(quotes, i);
			if (ms <= 0) {
				continue;
			}
			String key = q.speakerSlug() != null ? "p:" + q.speakerSlug() : q.voice() != null ? "v:" + q.voice() : "u:";
			byLabel.computeIfAbsent(key, k -> new long[1])[0] += ms;
			names.putIfAbsent(key, q.label());
			total += ms;
		}
		List<Share> shares = new ArrayList<>();
		long finalTotal = total;
		byLabel.entrySet()
			.stream()
			.sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
			.forEach(e -> shares.add(new Share(names.get(e.getKey()),
					e.getKey().startsWith("p:") ? e.getKey().substring(2) : null, e.getValue()[0], finalTotal, false)));
		if (shares.size() > MAX_SHARES) {
			long rest = shares.subList(MAX_SHARES - 1, shares.size()).stream().mapToLong(Share::ms).sum();
			List<Share> kept = new ArrayList<>(shares.subList(0, MAX_SHARES - 1));
			kept.add(new Share(null, null, rest, total, true));
			return new SpeakingTime(List.copyOf(kept), total);
		}
		return new SpeakingTime(List.copyOf(shares), total);
	}

	/** How long the passage lasts: to its end, else to the next passage's start; 0 when untimed. */
	static long lasts(List<QuoteView> quotes, int i) {
		QuoteView q = quotes.get(i);
		if (q.heading() || q.startMs() == null) {
			return 0;
		}
		if (q.endMs() != null) {
			return Math.max(0, q.endMs() - q.startMs());
		}
		Long next = i + 1 < quotes.size() ? quotes.get(i + 1).startMs() : null;
		return next == null ? 0 : Math.max(0, next - q.startMs());
	}

	public boolean isEmpty() {
		return totalMs == 0;
	}

	public String time() {
		return Episodes.clock(Duration.ofMillis(totalMs));
	}

	/** Where each share's bar starts, in percent of the whole bar. */
	public double offset(int index) {
		double at = 0;
		for (int i = 0; i < index; i++) {
			at += shares.get(i).ms() * 100.0 / totalMs;
		}
		return Math.round(at * 100) / 100.0;
	}

	/** A share's width in percent of the whole bar. */
	public double width(int index) {
		return Math.round(shares.get(index).ms() * 10000.0 / totalMs) / 100.0;
	}

}
