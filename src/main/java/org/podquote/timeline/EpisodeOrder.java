package org.podquote.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.podquote.podcast.Podcasts;

/**
 * A show's quotes in undated episodes, in the order of the episodes' numbers: what a chart can
 * honestly draw when the files carry no dates. A long show is drawn in runs of consecutive numbers
 * (#1–#10, #11–#20…) so that the chart stays readable; undated episodes without a number are
 * counted apart, never placed.
 *
 * @param wholeShow whether the show has no dated episode at all (else these are its undated ones)
 * @param unnumbered quotes in undated episodes of the show that have no number
 */
public record EpisodeOrder(String podcastSlug, String podcastTitle, boolean wholeShow, int runSize, List<Run> runs,
		long unnumbered) {

	/** The most bars a chart of one show gets. */
	static final int MAX_RUNS = 40;

	private static final int[] RUN_SIZES = { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 };

	/** Quotes in the episodes numbered {@code first} to {@code last}. */
	public record Run(int first, int last, long count) {

		public String label() {
			return first == last ? "#" + first : "#" + first + "\u2013#" + last;
		}

		public String shortLabel() {
			return "#" + first;
		}

	}

	public long numbered() {
		return runs.stream().mapToLong(Run::count).sum();
	}

	public long total() {
		return numbered() + unnumbered;
	}

	public String podcastUrl() {
		return Podcasts.url(podcastSlug);
	}

	/**
	 * One order per show, most quoted first.
	 *
	 * @param counts quotes per undated episode
	 * @param datedShows slugs of the shows that have at least one dated episode
	 */
	public static List<EpisodeOrder> of(List<EpisodeCount> counts, Set<String> datedShows) {
		Map<String, List<EpisodeCount>> byShow = new LinkedHashMap<>();
		counts.forEach(c -> byShow.computeIfAbsent(c.podcastSlug(), slug -> new ArrayList<>()).add(c));
		return byShow.values()
			.stream()
			.map(show -> of(show, !datedShows.contains(show.get(0).podcastSlug())))
			.sorted(Comparator.comparingLong(EpisodeOrder::total).reversed().thenComparing(EpisodeOrder::podcastTitle))
			.toList();
	}

	private static EpisodeOrder of(List<EpisodeCount> show, boolean wholeShow) {
		TreeMap<Integer, Long> byNumber = new TreeMap<>();
		long unnumbered = 0;
		for (EpisodeCount c : show) {
			if (c.number() == null) {
				unnumbered += c.count();
			}
			else {
				byNumber.merge(c.number(), c.count(), Long::sum);
			}
		}
		EpisodeCount first = show.get(0);
		if (byNumber.isEmpty()) {
			return new EpisodeOrder(first.podcastSlug(), first.podcastTitle(), wholeShow, 1, List.of(), unnumbered);
		}
		int low = byNumber.firstKey();
		int high = byNumber.lastKey();
		int size = runSize(low, high);
		List<Run> runs = new ArrayList<>();
		// runs of a size start at 1, size + 1, 2 * size + 1…, so that "#11–#20" reads as the second ten
		for (int start = Math.floorDiv(low - 1, size) * size + 1; start <= high; start += size) {
			int end = start + size - 1;
			long count = byNumber.subMap(start, true, end, true).values().stream().mapToLong(Long::longValue).sum();
			runs.add(new Run(Math.max(start, low), Math.min(end, high), count));
		}
		return new EpisodeOrder(first.podcastSlug(), first.podcastTitle(), wholeShow, size, List.copyOf(runs),
				unnumbered);
	}

	/** The smallest run size that keeps the chart to {@value #MAX_RUNS} bars. */
	static int runSize(int low, int high) {
		for (int size : RUN_SIZES) {
			int start = Math.floorDiv(low - 1, size) * size + 1;
			if ((high - start) / size + 1 <= MAX_RUNS) {
				return size;
			}
		}
		return Math.max(1, (high - low) / MAX_RUNS + 1);
	}

}
