package org.podquote.subscription;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import jakarta.persistence.EntityManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.podquote.importer.ImportJob;
import org.podquote.importer.ImportProperties;
import org.podquote.importer.ImportReport;
import org.podquote.importer.feed.FeedReader;
import org.podquote.importer.feed.FetchException;
import org.podquote.importer.feed.FetchProperties;
import org.podquote.importer.feed.HttpFetcher;
import org.podquote.importer.feed.ParsedFeed;
import org.podquote.importer.format.TranscriptParseException;
import org.springframework.stereotype.Service;

/**
 * Subscribes to feeds and refreshes them: a conditional GET through the one HTTP client and its
 * network rules, then the feed imported as any feed is ({@link ImportJob#importFeed}), which stores
 * new episodes with their richest transcript and their {@code podcast:person} credits and leaves
 * those it has alone. A feed that answered is checked again after the interval, moved by the
 * jitter; one that failed sooner at first, then later and later up to the longest backoff. One
 * refresh at a time: the schedule, the admin's "refresh now" and the command wait for each other.
 */
@Service
public class Subscriptions {

	private static final Log logger = LogFactory.getLog(Subscriptions.class);

	private final SubscriptionRepository repository;

	private final ImportJob imports;

	private final SubscriptionProperties properties;

	private final HttpFetcher fetcher;

	private final FeedReader feeds = new FeedReader();

	private final EntityManager entityManager;

	private final Clock clock;

	private volatile DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

	Subscriptions(SubscriptionRepository repository, ImportJob imports, SubscriptionProperties properties,
			ImportProperties importProperties, FetchProperties fetch, EntityManager entityManager, Clock clock) {
		this.repository = repository;
		this.imports = imports;
		this.properties = properties;
		this.fetcher = new HttpFetcher(HttpFetcher.DEFAULT_CONNECT_TIMEOUT, importProperties.fetchTimeout(),
				importProperties.fetchMaxBytes(), fetch.rules());
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** What one check of one feed came to. */
	public enum Status {

		/** New episodes were stored. */
		NEW,
		/** The feed was read and had nothing new. */
		UNCHANGED,
		/** The server answered 304: the copy imported last is current. */
		NOT_MODIFIED,
		/** The feed could not be fetched or read. */
		FAILED

	}

	/**
	 * @param message for the user: what was new, or why it failed
	 * @param report the import's, or null when nothing was imported
	 */
	public record Result(long id, String feedUrl, Status status, long newEpisodes, String message, ImportReport report) {

		public boolean ok() {
			return status != Status.FAILED;
		}

	}

	/** Outcome of subscribing: the subscription, whether it existed already, and its first check. */
	public record Subscribed(Subscription subscription, boolean existed, Result first) {
	}

	/** Why a URL cannot be followed. */
	public static class InvalidFeedUrl extends RuntimeException {

		InvalidFeedUrl(String message) {
			super(message);
		}

	}

	/**
	 * Follows a feed and checks it at once; a feed followed already is checked again.
	 *
	 * @throws InvalidFeedUrl when it is no http(s) address
	 */
	public Subscribed subscribe(String url) {
		String feedUrl = checked(url);
		Optional<Subscription> existing = repository.findByFeedUrl(feedUrl);
		Subscription subscription = existing.orElseGet(() -> repository.save(new Subscription(feedUrl, clock.instant())));
		return new Subscribed(subscription, existing.isPresent(), refresh(subscription.getId()));
	}

	/** Follows a feed without checking it now: it is due at once, for the next round (OPML import). */
	public boolean add(String url) {
		String feedUrl = checked(url);
		if (repository.findByFeedUrl(feedUrl).isPresent()) {
			return false;
		}
		repository.save(new Subscription(feedUrl, clock.instant()));
		return true;
	}

	public List<Subscription> all() {
		return repository.findAllInOrder();
	}

	public Optional<Subscription> find(long id) {
		return repository.findById(id);
	}

	public boolean unsubscribe(long id) {
		Optional<Subscription> subscription = repository.findById(id);
		subscription.ifPresent(repository::delete);
		return subscription.isPresent();
	}

	/** Checks every feed that is due; one that fails does not stop the others. */
	public List<Result> refreshDue() {
		List<Result> results = new ArrayList<>();
		for (long id : repository.findDue(clock.instant())) {
			results.add(refresh(id));
		}
		return results;
	}

	/** Checks every feed followed, due or not, as the {@code refresh} command does. */
	public List<Result> refreshAll() {
		List<Result> results = new ArrayList<>();
		for (Subscription subscription : repository.findAllInOrder()) {
			results.add(refresh(subscription.getId()));
		}
		return results;
	}

	/** Checks one feed now. */
	public synchronized Result refresh(long id) {
		Subscription subscription = repository.findById(id).orElseThrow(() -> new IllegalArgumentException("no subscription " + id));
		String url = subscription.getFeedUrl();
		Instant at = clock.instant();
		HttpFetcher.Conditional fetched;
		try {
			fetched = fetcher.fetchIfChanged(url, subscription.getEtag(), subscription.getLastModified());
		}
		catch (FetchException ex) {
			return failed(subscription, at, ex.describe());
		}
		if (fetched.notModified()) {
			subscription.checked(at, next(at), "not modified");
			repository.save(subscription);
			return new Result(id, url, Status.NOT_MODIFIED, 0, "not modified", null);
		}
		ParsedFeed feed;
		try {
			feed = feeds.parse(url, fetched.body());
		}
		catch (TranscriptParseException ex) {
			// the validators are not kept: the next check fetches it whole again
			return failed(subscription, at, ex.describe());
		}
		long before = episodes();
		ImportReport report = imports.importFeed(url, fetched.body());
		long added = Math.max(0, episodes() - before);
		Subscription current = repository.findById(id).orElse(subscription);
		current.checked(at, next(at), added == 0 ? "nothing new" : added + (added == 1 ? " new episode" : " new episodes"));
		current.imported(feed.title(), fetched.etag(), fetched.lastModified());
		if (added > 0) {
			current.newEpisodes(at);
		}
		current.problems(problems(report));
		repository.save(current);
		if (!report.failures().isEmpty()) {
			logger.warn("Subscription " + url + ": " + report.failures().size() + " problems: " + report.failures().get(0));
		}
		return new Result(id, url, added == 0 ? Status.UNCHANGED : Status.NEW, added, current.getLastResult(), report);
	}

	private Result failed(Subscription subscription, Instant at, String error) {
		int failures = subscription.getFailures() + 1;
		subscription.failed(at, at.plus(jittered(backoff(failures))), error);
		repository.save(subscription);
		logger.warn("Subscription " + subscription.getFeedUrl() + " failed (" + failures + " in a row): " + error);
		return new Result(subscription.getId(), subscription.getFeedUrl(), Status.FAILED, 0, error, null);
	}

	/** The wait after {@code failures} failures in a row: the first retry, doubled each time, at most the longest. */
	Duration backoff(int failures) {
		Duration wait = properties.retryAfter();
		for (int i = 1; i < failures && wait.compareTo(properties.maxBackoff()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
	}

	private Instant next(Instant at) {
		return at.plus(jittered(properties.interval()));
	}

	/** The wait moved by up to the jitter's share of it, earlier or later. */
	private Duration jittered(Duration wait) {
		double factor = 1 + properties.jitter() * (2 * random.getAsDouble() - 1);
		return Duration.ofMillis(Math.round(wait.toMillis() * factor));
	}

	/** Where the random part of the jitter comes from; tests fix it. */
	void random(DoubleSupplier random) {
		this.random = random;
	}

	private long episodes() {
		return entityManager.createQuery("select count(e) from Episode e", Long.class).getSingleResult();
	}

	private static String problems(ImportReport report) {
		List<String> failures = report.failures();
		if (failures.isEmpty()) {
			return null;
		}
		return failures.size() == 1 ? failures.get(0) : failures.size() + " problems; the first: " + failures.get(0);
	}

	private static String checked(String url) {
		String value = url == null ? "" : url.strip();
		try {
			URI uri = URI.create(value);
			if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null) {
				return value;
			}
		}
		catch (IllegalArgumentException ex) {
			// said below
		}
		throw new InvalidFeedUrl(value.isEmpty() ? "no feed URL was given"
				: value + " is not a feed address: it should start with http:// or https:// and name a host");
	}

	static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
	}

}
