package org.podquote.speaker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.podquote.podcast.Podcasts;
import org.podquote.timeline.EpisodeCount;
import org.podquote.timeline.MonthCount;

/**
 * The episodes a speaker is quoted in, newest first, with their quote counts: read once per page
 * view (one aggregate over the speaker's index), and from it the page's totals, its episode
 * table, its chart, its podcast filter and where each page of "all, in order" starts, without
 * another pass over the speaker's quotes.
 * <p>
 * Newest is by publication date; undated episodes follow the dated ones, highest number in their
 * slug first ("go-time-340" before "go-time-99"), which is the order of a numbered show.
 */
final class SpeakerEpisodes {

	static final Comparator<String> NATURAL = SpeakerEpisodes::compareNatural;

	static final Comparator<SpeakerEpisode> NEWEST = Comparator
		.comparing(SpeakerEpisode::publishedOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
		.thenComparing(SpeakerEpisode::episodeSlug, NATURAL.reversed())
		.thenComparing(Comparator.comparingLong(SpeakerEpisode::episodeId).reversed());

	/** A show the speaker is quoted on, for the podcast filter. */
	record Show(String slug, String title, long episodes, long quotes) {

		public String url() {
			return Podcasts.url(slug);
		}

	}

	/** Quotes of one episode that a page of "all, in order" shows: skip that many, then take that many. */
	record Slice(long episodeId, int skip, int take) {
	}

	private final List<SpeakerEpisode> newest;

	private SpeakerEpisodes(List<SpeakerEpisode> newest) {
		this.newest = newest;
	}

	static SpeakerEpisodes of(List<SpeakerEpisode> rows) {
		return new SpeakerEpisodes(rows.stream().sorted(NEWEST).toList());
	}

	/** The episodes of one show (null: all) published in a period (both null: any, undated included). */
	SpeakerEpisodes filter(String podcast, LocalDate from, LocalDate to) {
		if (podcast == null && from == null && to == null) {
			return this;
		}
		return new SpeakerEpisodes(newest.stream()
			.filter(e -> podcast == null || podcast.equals(e.podcastSlug()))
			.filter(e -> (from == null && to == null) || (e.publishedOn() != null
					&& (from == null || !e.publishedOn().isBefore(from)) && (to == null || !e.publishedOn().isAfter(to))))
			.toList());
	}

	List<SpeakerEpisode> newestFirst() {
		return newest;
	}

	boolean isEmpty() {
		return newest.isEmpty();
	}

	int episodes() {
		return newest.size();
	}

	long quotes() {
		return newest.stream().mapToLong(SpeakerEpisode::quotes).sum();
	}

	List<Long> episodeIds() {
		return newest.stream().map(SpeakerEpisode::episodeId).toList();
	}

	/** The shows, most quoted first. */
	List<Show> shows() {
		Map<String, Show> shows = new LinkedHashMap<>();
		for (SpeakerEpisode e : newest) {
			shows.merge(e.podcastSlug(), new Show(e.podcastSlug(), e.podcastTitle(), 1, e.quotes()),
					(a, b) -> new Show(a.slug(), a.title(), a.episodes() + 1, a.quotes() + b.quotes()));
		}
		return shows.values()
			.stream()
			.sorted(Comparator.comparingLong(Show::quotes).reversed().thenComparing(Show::title))
			.toList();
	}

	LocalDate first() {
		return newest.stream().map(SpeakerEpisode::publishedOn).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
	}

	LocalDate last() {
		return newest.stream().map(SpeakerEpisode::publishedOn).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
	}

	/** Quotes by the month their episode was published, for the chart. */
	List<MonthCount> months() {
		Map<LocalDate, Long> months = new TreeMap<>();
		for (SpeakerEpisode e : newest) {
			if (e.publishedOn() != null) {
				months.merge(e.publishedOn().withDayOfMonth(1), e.quotes(), Long::sum);
			}
		}
		List<MonthCount> counts = new ArrayList<>();
		months.forEach((month, count) -> counts.add(new MonthCount(month.getYear(), month.getMonthValue(), count)));
		return counts;
	}

	long undated() {
		return newest.stream().filter(e -> e.publishedOn() == null).mapToLong(SpeakerEpisode::quotes).sum();
	}

	/** The quotes of each undated episode, with the show and number that place it in the chart. */
	List<EpisodeCount> undatedEpisodes() {
		return newest.stream()
			.filter(e -> e.publishedOn() == null)
			.map(e -> new EpisodeCount(e.podcastSlug(), e.podcastTitle(), e.number(), e.quotes()))
			.toList();
	}

	/** One page of the episode table. */
	List<SpeakerEpisode> page(int index, int size) {
		int from = (int) Math.min((long) index * size, newest.size());
		return newest.subList(from, Math.min(from + size, newest.size()));
	}

	/**
	 * Where the quotes from {@code offset} to {@code offset + size} of "all, in order" are: the
	 * episodes in this order (or oldest first), each in spoken order.
	 */
	List<Slice> slices(long offset, int size, boolean oldest) {
		List<SpeakerEpisode> order = newest;
		if (oldest) {
			order = new ArrayList<>(newest);
			Collections.reverse(order);
		}
		List<Slice> slices = new ArrayList<>();
		long start = 0;
		int wanted = size;
		for (SpeakerEpisode e : order) {
			if (wanted == 0) {
				break;
			}
			long end = start + e.quotes();
			if (end > offset) {
				int skip = (int) Math.max(0, offset - start);
				int take = (int) Math.min(wanted, e.quotes() - skip);
				slices.add(new Slice(e.episodeId(), skip, take));
				wanted -= take;
			}
			start = end;
		}
		return slices;
	}

	/**
	 * Text with its runs of digits compared as numbers: "go-time-99" before "go-time-100", and a
	 * number after a word in the same place, so that newest first puts a show's numbered
	 * episodes before its specials.
	 */
	static int compareNatural(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char x = a.charAt(i);
			char y = b.charAt(j);
			if (Character.isDigit(x) && Character.isDigit(y)) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				String numberA = stripZeros(a.substring(i, endA));
				String numberB = stripZeros(b.substring(j, endB));
				int cmp = numberA.length() != numberB.length() ? Integer.compare(numberA.length(), numberB.length())
						: numberA.compareTo(numberB);
				if (cmp != 0) {
					return cmp;
				}
				i = endA;
				j = endB;
			}
			else if (Character.isDigit(x) != Character.isDigit(y)) {
				// a number is more than a word: "go-time-340" after "go-time-funny-bits"
				return Character.isDigit(x) ? 1 : -1;
			}
			else {
				if (x != y) {
					return Character.compare(x, y);
				}
				i++;
				j++;
			}
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

	private static int digitsEnd(String s, int from) {
		int end = from;
		while (end < s.length() && Character.isDigit(s.charAt(end))) {
			end++;
		}
		return end;
	}

	private static String stripZeros(String digits) {
		int k = 0;
		while (k < digits.length() - 1 && digits.charAt(k) == '0') {
			k++;
		}
		return digits.substring(k);
	}

}
