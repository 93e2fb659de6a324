package org.podquote.timeline;

import java.util.List;

/**
 * Quotes over time as a page draws them: by the date of their episodes where episodes have one
 * (with a bar for the undated ones when there are both), and for the undated ones, show by show,
 * by episode number. Nothing is given a date it does not have, and nothing is left out: what no
 * chart draws is counted in {@link #others}.
 *
 * @param timeline the dated quotes, in periods, with the count of the undated
 * @param chart the dated chart with its undated bar; no bars when nothing is dated
 * @param shows the undated quotes of the most quoted shows, each with its chart by episode number
 * @param others the shows with undated quotes that get no chart of their own
 */
public record Activity(Timeline timeline, TimelineChart chart, List<Show> shows, List<EpisodeOrder> others) {

	/** The most shows drawn by episode number on one page. */
	static final int MAX_SHOWS = 3;

	/** A show's undated quotes and their chart; {@code id} tells its chart apart on the page. */
	public record Show(EpisodeOrder order, TimelineChart chart, String id) {
	}

	/** @param undatedLabel what the bar of the undated quotes is called beside the dated ones */
	public static Activity of(Timeline timeline, List<EpisodeOrder> undated, String undatedLabel) {
		List<EpisodeOrder> charted = undated.stream().filter(order -> !order.runs().isEmpty()).toList();
		List<Show> shows = charted.stream()
			.limit(MAX_SHOWS)
			.map(order -> new Show(order, TimelineChart.of(order), "chart-" + order.podcastSlug()))
			.toList();
		List<EpisodeOrder> others = undated.stream()
			.filter(order -> shows.stream().noneMatch(show -> show.order() == order))
			.toList();
		return new Activity(timeline, TimelineChart.of(timeline, undatedLabel), shows, others);
	}

	public boolean dated() {
		return timeline.dated() > 0;
	}

	/** Whether some quotes have dates and others have none. */
	public boolean mixed() {
		return timeline.dated() > 0 && timeline.undated() > 0;
	}

	public boolean isEmpty() {
		return timeline.isEmpty();
	}

	/** Undated quotes that no chart by episode number draws: those of other shows, and those without a number. */
	public long undrawn() {
		return others.stream().mapToLong(EpisodeOrder::total).sum()
				+ shows.stream().mapToLong(show -> show.order().unnumbered()).sum();
	}

}
