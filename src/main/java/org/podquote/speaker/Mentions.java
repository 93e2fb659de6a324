package org.podquote.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.podquote.appearance.QuoteView;
import org.podquote.search.LibraryCache;
import org.podquote.search.MatchCounts;
import org.podquote.search.SearchPage;
import org.podquote.search.SearchQuery;
import org.podquote.timeline.Activity;
import org.podquote.timeline.MatchActivities;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * "Mentioned by others": the quotes of other speakers that name a person, by their name or any of
 * their aliases, each as a phrase; apart from the person's own appearances, which never count.
 */
@Component
public class Mentions {

	/** How many mentions the person's page lists, newest first. */
	public static final int LISTED = 10;

	/** How many people's mentions are kept between changes of the library. */
	static final int KEPT = 500;

	private final MatchCounts counts;

	private final MatchActivities activities;

	/** By slug and query: about four searches per view otherwise, whole seconds for a host at 445k quotes. */
	private final LibraryCache.Bounded<List<String>, View> kept;

	Mentions(MatchCounts counts, MatchActivities activities, LibraryCache cache) {
		this.counts = counts;
		this.activities = activities;
		this.kept = cache.bounded(KEPT);
	}

	/**
	 * What the page shows.
	 *
	 * @param query the search that finds them (the names as phrases, joined by OR)
	 * @param quotes the newest {@link #LISTED}, each with its snippet: the text with the names marked
	 */
	public record View(long count, Activity activity, List<Mention> quotes, String query) {

		public String searchUrl() {
			return org.springframework.web.util.UriComponentsBuilder.fromPath("/search")
				.queryParam("q", query)
				.encode()
				.build()
				.toUriString();
		}

	}

	public record Mention(QuoteView quote, String snippetHtml) {
	}

	public View of(Speaker speaker) {
		List<String> names = names(speaker);
		String query = query(names);
		return kept.get(List.of(speaker.getSlug(), query), () -> find(speaker, names, query));
	}

	/** What {@link #of} keeps for the person in this version of the library, or null: nothing is searched. */
	View kept(Speaker speaker) {
		return kept.peek(List.of(speaker.getSlug(), query(names(speaker))));
	}

	private View find(Speaker speaker, List<String> names, String query) {
		SearchQuery search = SearchQuery.of(query, 0, LISTED);
		MatchCounts.Counts counted = counts.count(search, speaker.getSlug());
		if (counted.isEmpty()) {
			return new View(0, null, List.of(), query);
		}
		SearchPage<QuoteView> newest = counts.list(search, speaker.getSlug(), 0, LISTED);
		Pattern marked = pattern(names);
		List<Mention> quotes = newest.hits().stream().map(q -> new Mention(q, mark(q.text(), marked))).toList();
		return new View(counted.total(), activities.of(counted.months(), counted.undated(), counted.undatedByEpisode(),
				"mentions-"), quotes, query);
	}

	/** The name, then the aliases, each once whatever its case. */
	static List<String> names(Speaker speaker) {
		List<String> names = new ArrayList<>();
		names.add(speaker.getName());
		speaker.getAliases().stream().sorted().forEach(names::add);
		List<String> distinct = new ArrayList<>();
		for (String name : names) {
			String clean = name.replace("\"", " ").replaceAll("\\s+", " ").strip();
			if (!clean.isEmpty() && distinct.stream().noneMatch(n -> n.equalsIgnoreCase(clean))) {
				distinct.add(clean);
			}
		}
		return distinct;
	}

	/** {@code "Ada Lovelace" OR "The Countess"}: each name as a phrase. */
	static String query(List<String> names) {
		return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(" OR "));
	}

	private static Pattern pattern(List<String> names) {
		return Pattern.compile(names.stream()
			.map(n -> "\\b" + Pattern.quote(n).replace(" ", "\\E\\s+\\Q") + "\\b")
			.collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** The quote's text, HTML-escaped, with each name in {@code <mark>}. */
	static String mark(String text, Pattern names) {
		StringBuilder out = new StringBuilder();
		Matcher m = names.matcher(text);
		int at = 0;
		while (m.find()) {
			out.append(HtmlUtils.htmlEscape(text.substring(at, m.start()))).append("<mark>")
				.append(HtmlUtils.htmlEscape(m.group())).append("</mark>");
			at = m.end();
		}
		return out.append(HtmlUtils.htmlEscape(text.substring(at))).toString();
	}

}
