package org.podquote.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.podquote.episode.Episode;
import org.podquote.importer.feed.ParsedFeed;

/**
 * Which feed item is which episode imported from files: the same guid, else the same episode number
 * ({@code itunes:episode}, else a number the item's title writes: "#12", "Episode 12", "12: …"),
 * else the same title once case, accents and punctuation are set aside. Each pass takes only what
 * is one-to-one: a number two items share, or a title two episodes share, matches nothing by it.
 */
final class FeedMatching {

	/** What a match was made by, as the report says it. */
	enum By {

		GUID("guid"), NUMBER("number"), TITLE("title");

		final String word;

		By(String word) {
			this.word = word;
		}

	}

	record Match(ParsedFeed.Item item, Episode episode, By by) {
	}

	/** The matches in feed order, and what matched nothing on each side, in feed and library order. */
	record Result(List<Match> matches, List<ParsedFeed.Item> items, List<Episode> episodes) {
	}

	private static final List<Pattern> TITLE_NUMBERS = List.of(Pattern.compile("#\\s?(\\d{1,6})(?!\\d)"),
			Pattern.compile("(?i)\\b(?:episode|ep\\.?)\\s*(\\d{1,6})(?!\\d)"),
			// "12: Title", "12 - Title"; not a year ("2019: a look back")
			Pattern.compile("^(?!(?:19|20)\\d\\d\\D)(\\d{1,6})\\s*[:.)|\\-\u2013\u2014]\\s"));

	private FeedMatching() {
	}

	static Result match(List<ParsedFeed.Item> items, List<Episode> episodes) {
		Set<ParsedFeed.Item> openItems = new LinkedHashSet<>(items);
		Set<Episode> openEpisodes = new LinkedHashSet<>(episodes);
		Map<ParsedFeed.Item, Match> matches = new HashMap<>();
		pass(By.GUID, ParsedFeed.Item::guid, Episode::getGuid, openItems, openEpisodes, matches);
		pass(By.NUMBER, FeedMatching::number, Episode::getNumber, openItems, openEpisodes, matches);
		pass(By.TITLE, item -> normalised(item.title()), episode -> normalised(episode.getTitle()), openItems,
				openEpisodes, matches);
		List<Match> inFeedOrder = items.stream().map(matches::get).filter(Objects::nonNull).toList();
		return new Result(inFeedOrder, List.copyOf(openItems), List.copyOf(openEpisodes));
	}

	/** Matches the open items and episodes whose key is one item's and one episode's alone. */
	private static <K> void pass(By by, Function<ParsedFeed.Item, K> itemKey, Function<Episode, K> episodeKey,
			Set<ParsedFeed.Item> items, Set<Episode> episodes, Map<ParsedFeed.Item, Match> matches) {
		Map<K, List<ParsedFeed.Item>> itemsByKey = group(items, itemKey);
		Map<K, List<Episode>> episodesByKey = group(episodes, episodeKey);
		itemsByKey.forEach((key, sameItems) -> {
			List<Episode> sameEpisodes = episodesByKey.getOrDefault(key, List.of());
			if (sameItems.size() == 1 && sameEpisodes.size() == 1) {
				matches.put(sameItems.get(0), new Match(sameItems.get(0), sameEpisodes.get(0), by));
				items.remove(sameItems.get(0));
				episodes.remove(sameEpisodes.get(0));
			}
		});
	}

	private static <T, K> Map<K, List<T>> group(Set<T> values, Function<T, K> key) {
		Map<K, List<T>> groups = new HashMap<>();
		for (T value : values) {
			K k = key.apply(value);
			if (k != null && !"".equals(k)) {
				groups.computeIfAbsent(k, x -> new ArrayList<>()).add(value);
			}
		}
		return groups;
	}

	/** The item's number in its show: {@code itunes:episode}, else one its title writes; null when neither. */
	static Integer number(ParsedFeed.Item item) {
		return item.number() != null ? item.number() : numberInTitle(item.title());
	}

	static Integer numberInTitle(String title) {
		if (title == null) {
			return null;
		}
		for (Pattern pattern : TITLE_NUMBERS) {
			Matcher number = pattern.matcher(title.strip());
			if (number.find()) {
				return Integer.parseInt(number.group(1));
			}
		}
		return null;
	}

	/** A title's words alone: "Why Go?", "why go" and "Why  Gó!" are one. */
	static String normalised(String title) {
		if (title == null) {
			return null;
		}
		String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
