package org.podquote.alert;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteView;
import org.podquote.atom.AtomWriter;
import org.podquote.search.SearchCriteria;
import org.podquote.system.NotFoundException;
import org.podquote.system.PublicUrls;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /feeds/alerts/{id}/{key}.atom}: a saved search's Atom feed, the quotes that matched it as
 * imports brought them, newest match first. The key in the address comes from the search's secret:
 * the feed can be given to a reader without a sign-in, and is not found by trying numbers.
 */
@Controller
class AlertFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final int SIZE = 50;

	private final SavedSearchRepository searches;

	private final AppearanceRepository appearances;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	AlertFeedController(SavedSearchRepository searches, AppearanceRepository appearances, JdbcTemplate jdbc,
			MessageSource messages) {
		this.searches = searches;
		this.appearances = appearances;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	private record Match(long appearanceId, Instant matchedAt) {
	}

	@GetMapping("/feeds/alerts/{id}/{key}.atom")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> feed(@PathVariable long id, @PathVariable String key) {
		SavedSearch search = searches.findById(id)
			.filter(s -> MessageDigest.isEqual(Alerts.feedKey(s).getBytes(StandardCharsets.US_ASCII),
					key.getBytes(StandardCharsets.US_ASCII)))
			.orElseThrow(() -> new NotFoundException("alert", String.valueOf(id)));
		List<Match> matches = jdbc.query("select appearance_id, matched_at from saved_search_match where saved_search_id = ? "
				+ "order by matched_at desc, appearance_id desc", (rs, row) -> new Match(rs.getLong(1),
						rs.getTimestamp(2).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)), id)
			.stream()
			.limit(SIZE * 2L)
			.toList();
		Map<Long, QuoteView> quotes = appearances.findAllWithContext(matches.stream().map(Match::appearanceId).toList())
			.stream()
			.map(QuoteView::of)
			.collect(Collectors.toMap(QuoteView::id, Function.identity()));
		PublicUrls urls = PublicUrls.current();
		String tagBase = "tag:" + urls.host() + ",2026:";
		List<AtomWriter.Entry> entries = new ArrayList<>();
		for (Match match : matches) {
			QuoteView q = quotes.get(match.appearanceId());
			if (q == null || entries.size() == SIZE) {
				continue;
			}
			Instant published = q.publishedOn() == null ? null : q.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
			entries.add(new AtomWriter.Entry(tagBase + "quote/" + q.id(), title(q.text()), match.matchedAt(), published,
					urls.absolute(q.url()), q.speakerName(),
					q.citation().summary(message("episode.unknownSpeaker"), message("episode.undated")), q.text()));
		}
		Instant updated = matches.stream().map(Match::matchedAt).max(Comparator.naturalOrder()).orElse(search.getCreatedAt());
		AtomWriter.Feed feed = new AtomWriter.Feed(tagBase + "feed/alerts/" + id, message("feed.alert.title", search.getName()),
				message("feed.alert.subtitle", search.getQ()), updated, urls.request(),
				urls.absolute(SearchCriteria.read(search.params()).url()), message("app.name"), entries);
		return ResponseEntity.ok().contentType(ATOM).body(AtomWriter.write(feed));
	}

	private static String title(String text) {
		return text.length() <= 100 ? text : text.substring(0, 99).stripTrailing() + "\u2026";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
