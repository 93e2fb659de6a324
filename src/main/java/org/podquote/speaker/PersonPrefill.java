package org.podquote.speaker;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.podquote.search.LibraryCache;
import org.podquote.search.SimilarQuotes;
import org.podquote.system.ServingActivity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes, in the background, what a person's page keeps per version of the library ("Mentioned
 * by others", "Others who said similar things", and their episodes, roles, credits and who they
 * appear with: {@link PersonTotals}), for the most quoted people: once after the start
 * and once after each change of the library, as soon as it has settled, so that no visitor of a
 * host's page pays the searches (over a second for a host of 80,000 quotes at 445k). Everyone else's
 * page computes them on its first view, where they cost little.
 * <p>
 * Those searches compete with the pages for the same cores, so it gives way as the meaning backfill
 * does ({@link ServingActivity#quietFor}): before each person it waits until no request is in flight
 * and none ended within {@link #QUIET}, and starts again later when the library changes meanwhile.
 * <p>
 * Runs only in a web server with a port (not in the command-line tools or in tests on a mock
 * server); {@code podquote.person-prefill} says how many people (0: none).
 */
@Component
class PersonPrefill {

	private static final Log logger = LogFactory.getLog(PersonPrefill.class);

	/** How often the library's version is looked at. */
	static final long CHECK_SECONDS = 5;

	/** How long after the last request the app counts as idle (as the meaning backfill counts it). */
	static final Duration QUIET = Duration.ofSeconds(1);

	/** How long it waits before it looks again whether the app is idle. */
	static final long PAUSE_MS = 200;

	/** A wait of {@link #PAUSE_MS}; a test counts them instead. */
	interface Pause {

		void pause() throws InterruptedException;

	}

	private final SpeakerRepository speakers;

	private final Mentions mentions;

	private final PersonTotals totals;

	private final SimilarQuotes similar;

	private final LibraryCache cache;

	private final TransactionTemplate transactions;

	private final int people;

	private final BooleanSupplier quiet;

	private final Pause pause;

	private volatile long filledFor = -1;

	private ScheduledExecutorService scheduler;

	@Autowired
	PersonPrefill(SpeakerRepository speakers, Mentions mentions, PersonTotals totals, SimilarQuotes similar,
			LibraryCache cache, TransactionTemplate transactions, ServingActivity serving,
			@Value("${podquote.person-prefill:25}") int people) {
		this(speakers, mentions, totals, similar, cache, transactions, people, () -> serving.quietFor(QUIET),
				() -> Thread.sleep(PAUSE_MS));
	}

	PersonPrefill(SpeakerRepository speakers, Mentions mentions, PersonTotals totals, SimilarQuotes similar,
			LibraryCache cache, TransactionTemplate transactions, int people, BooleanSupplier quiet, Pause pause) {
		this.speakers = speakers;
		this.mentions = mentions;
		this.totals = totals;
		this.similar = similar;
		this.cache = cache;
		this.transactions = transactions;
		this.people = Math.max(0, people);
		this.quiet = quiet;
		this.pause = pause;
	}

	@EventListener
	void started(ApplicationReadyEvent event) {
		if (people == 0 || !(event.getApplicationContext() instanceof WebServerApplicationContext web)
				|| web.getWebServer() == null || web.getWebServer().getPort() <= 0
				|| event.getApplicationContext().getParent() != null) {
			return;
		}
		scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "person-prefill");
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			return thread;
		});
		scheduler.scheduleWithFixedDelay(this::fillIfChanged, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
	}

	@EventListener
	void closing(ContextClosedEvent event) {
		if (scheduler != null) {
			scheduler.shutdownNow();
		}
	}

	private void fillIfChanged() {
		try {
			fill();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			// the pages compute the same on their first view; a failure here only costs that view its time
			logger.warn("Could not prefill the person pages: " + ex.getMessage());
		}
	}

	/**
	 * Fills the caches for the most quoted people when the library has changed since the last fill
	 * and the change has settled, person by person, each once the app is idle; a change during the
	 * fill makes the next check start again.
	 *
	 * @return whether it filled them
	 */
	boolean fill() throws InterruptedException {
		long version = cache.version();
		if (version == filledFor || !cache.settled()) {
			return false;
		}
		long start = System.nanoTime();
		List<String> slugs = speakers.findMostQuoted(PageRequest.of(0, people))
			.map(SpeakerCount::slug)
			.getContent();
		for (String slug : slugs) {
			if (!awaitQuiet(version)) {
				return false;
			}
			transactions.executeWithoutResult(tx -> speakers.findBySlug(slug).ifPresent(speaker -> {
				mentions.of(speaker);
				totals.of(speaker);
			}));
			similar.saidAlike(slug, SimilarQuotes.ON_A_SPEAKER);
		}
		if (cache.version() != version) {
			return false;
		}
		filledFor = version;
		logger.info("Prefilled the pages of the " + slugs.size() + " most quoted people in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
		return true;
	}

	/** Waits while the app serves; false when the library changed meanwhile (the fill starts again later). */
	private boolean awaitQuiet(long version) throws InterruptedException {
		while (!quiet.getAsBoolean()) {
			if (cache.version() != version) {
				return false;
			}
			pause.pause();
		}
		return cache.version() == version;
	}

}
