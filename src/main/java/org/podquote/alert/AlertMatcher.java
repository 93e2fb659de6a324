package org.podquote.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.podquote.appearance.QuoteView;
import org.podquote.importer.QuotesImported;
import org.podquote.search.QuoteHit;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchCriteria;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After each import, runs every saved search over the quotes it added: the search as the search
 * page runs it, kept to each episode that got new quotes, and of its hits those that are new. A
 * quote is recorded as matched once per saved search, so that no later import announces it again;
 * for a saved search with a webhook, the new matches become deliveries ({@link Webhooks} sends them).
 */
@Component
public class AlertMatcher {

	private static final Log logger = LogFactory.getLog(AlertMatcher.class);

	private static final int CHUNK = 500;

	private final SavedSearchRepository searches;

	private final WebhookDeliveryRepository deliveries;

	private final QuoteSearch search;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AlertLinks links;

	private final AlertProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	/**
	 * Whether a committed quote can be searched at once: not in the {@code import} and {@code reindex}
	 * commands, which index in the background; their quotes wait in {@code saved_search_pending}.
	 */
	private final boolean indexedAtCommit;

	AlertMatcher(SavedSearchRepository searches, WebhookDeliveryRepository deliveries, QuoteSearch search,
			JdbcTemplate jdbc, TransactionTemplate transactions, AlertLinks links, AlertProperties properties,
			JsonMapper json, Clock clock, Environment environment) {
		this.searches = searches;
		this.deliveries = deliveries;
		this.search = search;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.links = links;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		this.indexedAtCommit = !"async".equals(
				environment.getProperty("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy"));
	}

	@EventListener
	public void on(QuotesImported event) {
		try {
			if (!indexedAtCommit) {
				defer(event.appearanceIds());
				return;
			}
			match(event.appearanceIds());
		}
		catch (RuntimeException ex) {
			// the import is done and stays; an alert's failure is only logged
			logger.error("Matching saved searches against " + event.appearanceIds().size() + " new quotes failed", ex);
		}
	}

	/**
	 * Matches the quotes that an import left for later, now that the index holds them: the web app
	 * calls this each tick, the {@code subscribe} and {@code refresh} commands before they send.
	 *
	 * @return how many new matches were recorded
	 */
	public synchronized int matchPending() {
		List<Long> ids = jdbc.queryForList("select appearance_id from saved_search_pending order by appearance_id",
				Long.class);
		if (ids.isEmpty()) {
			return 0;
		}
		// quotes deleted since are matched by nobody: the search finds only what is there
		int recorded = match(ids);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			jdbc.update("delete from saved_search_pending where appearance_id in ("
					+ String.join(",", chunk.stream().map(id -> "?").toList()) + ")", chunk.toArray());
		}
		return recorded;
	}

	/** Keeps the quotes for {@link #matchPending}, when there is a saved search to match them. */
	private synchronized void defer(List<Long> ids) {
		if (searches.findAllInOrder().isEmpty()) {
			return;
		}
		Set<Long> known = new HashSet<>(jdbc.queryForList("select appearance_id from saved_search_pending", Long.class));
		jdbc.batchUpdate("insert into saved_search_pending (appearance_id) values (?)",
				ids.stream().filter(id -> !known.contains(id)).map(id -> new Object[] { id }).toList());
	}

	/** @return how many new matches were recorded, over all saved searches */
	synchronized int match(List<Long> appearanceIds) {
		List<SavedSearch> saved = searches.findAllInOrder();
		if (saved.isEmpty() || appearanceIds.isEmpty()) {
			return 0;
		}
		Map<Long, Set<Long>> byEpisode = byEpisode(appearanceIds);
		int recorded = 0;
		for (SavedSearch savedSearch : saved) {
			recorded += match(savedSearch, byEpisode);
		}
		return recorded;
	}

	private int match(SavedSearch savedSearch, Map<Long, Set<Long>> byEpisode) {
		SearchCriteria criteria = SearchCriteria.read(savedSearch.params());
		if (criteria.blank()) {
			return 0;
		}
		List<QuoteView> matched = new ArrayList<>();
		byEpisode.forEach((episodeId, ids) -> {
			for (QuoteHit hit : search.search(criteria.queryInEpisode(episodeId, QuoteSearch.RESULT_WINDOW)).hits()) {
				if (ids.contains(hit.quote().id())) {
					matched.add(hit.quote());
				}
			}
		});
		if (matched.isEmpty()) {
			return 0;
		}
		Instant now = clock.instant();
		List<QuoteView> fresh = transactions.execute(status -> {
			Set<Long> known = known(savedSearch.getId(), matched.stream().map(QuoteView::id).toList());
			List<QuoteView> notById = matched.stream().filter(q -> !known.contains(q.id())).toList();
			// the same words of the same episode under a new id: its transcript was replaced; the match
			// follows the quote to its new row and is not announced again
			Map<String, QuoteView> byKey = new LinkedHashMap<>();
			notById.forEach(q -> byKey.putIfAbsent(key(q), q));
			Set<String> knownKeys = knownKeys(savedSearch.getId(), List.copyOf(byKey.keySet()));
			jdbc.batchUpdate("update saved_search_match set appearance_id = ? where saved_search_id = ? and quote_key = ?",
					knownKeys.stream().map(k -> new Object[] { byKey.get(k).id(), savedSearch.getId(), k }).toList());
			List<Map.Entry<String, QuoteView>> unseenByKey = byKey.entrySet()
				.stream()
				.filter(e -> !knownKeys.contains(e.getKey()))
				.toList();
			jdbc.batchUpdate(
					"insert into saved_search_match (saved_search_id, appearance_id, matched_at, quote_key) values (?, ?, ?, ?)",
					unseenByKey.stream()
						.map(e -> new Object[] { savedSearch.getId(), e.getValue().id(), java.sql.Timestamp.from(now), e.getKey() })
						.toList());
			List<QuoteView> unseen = unseenByKey.stream().map(Map.Entry::getValue).toList();
			if (savedSearch.getWebhookUrl() != null) {
				for (int from = 0; from < unseen.size(); from += properties.batch()) {
					List<QuoteView> batch = unseen.subList(from, Math.min(unseen.size(), from + properties.batch()));
					deliveries.save(new WebhookDelivery(savedSearch.getId(), savedSearch.getWebhookUrl(),
							payload(savedSearch, batch), batch.size(), now));
				}
			}
			return unseen;
		});
		return fresh == null ? 0 : fresh.size();
	}

	private String payload(SavedSearch s, List<QuoteView> quotes) {
		var params = s.params();
		SearchCriteria criteria = SearchCriteria.read(params);
		AlertPayload payload = new AlertPayload(AlertPayload.EVENT,
				new AlertPayload.Search(s.getId(), s.getName(), params.q(), params.speaker(), params.podcast(),
						params.from(), params.to(), links.absolute(criteria.url()), links.absolute(Alerts.feedPath(s))),
				quotes.stream().map(q -> AlertPayload.Quote.of(q, links)).toList());
		return json.writeValueAsString(payload);
	}

	private Set<Long> known(long savedSearchId, List<Long> ids) {
		Set<Long> known = new HashSet<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			String marks = String.join(",", chunk.stream().map(id -> "?").toList());
			List<Object> args = new ArrayList<>();
			args.add(savedSearchId);
			args.addAll(chunk);
			known.addAll(jdbc.queryForList("select appearance_id from saved_search_match where saved_search_id = ? "
					+ "and appearance_id in (" + marks + ")", Long.class, args.toArray()));
		}
		return known;
	}

	/**
	 * A quote by its content: show, episode and words (NFC, case and spacing aside), hashed; the
	 * same in the transcript that replaces the one it came from.
	 */
	static String key(QuoteView quote) {
		String words = Normalizer.normalize(quote.text(), Normalizer.Form.NFC)
			.strip()
			.replaceAll("\\s+", " ")
			.toLowerCase(Locale.ROOT);
		String content = quote.podcastSlug() + "\n" + quote.episodeSlug() + "\n" + words;
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private Set<String> knownKeys(long savedSearchId, List<String> keys) {
		Set<String> known = new HashSet<>();
		for (int from = 0; from < keys.size(); from += CHUNK) {
			List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
			String marks = String.join(",", chunk.stream().map(k -> "?").toList());
			List<Object> args = new ArrayList<>();
			args.add(savedSearchId);
			args.addAll(chunk);
			known.addAll(jdbc.queryForList("select quote_key from saved_search_match where saved_search_id = ? "
					+ "and quote_key in (" + marks + ")", String.class, args.toArray()));
		}
		return known;
	}

	private Map<Long, Set<Long>> byEpisode(List<Long> ids) {
		Map<Long, Set<Long>> byEpisode = new LinkedHashMap<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			String marks = String.join(",", chunk.stream().map(id -> "?").toList());
			jdbc.query("select id, episode_id from appearance where id in (" + marks + ") order by id",
					rs -> {
						byEpisode.computeIfAbsent(rs.getLong(2), key -> new HashSet<>()).add(rs.getLong(1));
					}, chunk.toArray());
		}
		return byEpisode;
	}

}
