package org.podquote.search.meaning;

import java.time.Duration;

import org.podquote.search.IndexStatus;
import org.podquote.system.ServingActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The web app's background embedder: once the app is ready, a thread of its own gives every quote
 * without meaning its embedding, batch after batch ({@link QuoteEmbedding}), on
 * {@code podquote.meaning.threads} threads, then looks again every {@value #IDLE_SECONDS} seconds
 * for quotes imported since. Pages are served throughout, keyword search unchanged; the search page
 * says how far it got. The model competes with the pages for the cores, so while the app is serving
 * (a request in flight, or one ended within {@link #QUIET}) it gives way: no batch, or one small
 * batch every {@link #BUSY_EVERY_MS} ms, so that a busy server still makes progress. Off with {@code podquote.meaning.backfill=false} or
 * {@code podquote.meaning.enabled=false}; the commands never run it (see {@code embed}).
 */
@Component
@ConditionalOnWebApplication
class Backfill {

	private static final Logger log = LoggerFactory.getLogger(Backfill.class);

	static final int IDLE_SECONDS = 15;

	/** How long after the last request the app counts as idle. */
	static final Duration QUIET = Duration.ofSeconds(1);

	/** While the app is serving: the size of the one batch embedded every {@link #BUSY_EVERY_MS} ms. */
	static final int BUSY_BATCH = 8;

	static final long BUSY_EVERY_MS = 5_000;

	private static final long BUSY_PAUSE_MS = 200;

	private final QuoteEmbedding embedding;

	private final MeaningProperties properties;

	private final IndexStatus index;

	private final ServingActivity serving;

	private Thread thread;

	Backfill(QuoteEmbedding embedding, MeaningProperties properties, IndexStatus index, ServingActivity serving) {
		this.embedding = embedding;
		this.properties = properties;
		this.index = index;
		this.serving = serving;
	}

	/**
	 * How many quotes to embed now: the configured batch when the app is idle; while it serves, a
	 * small batch if none ran for {@link #BUSY_EVERY_MS} ms, else none (0: wait a little).
	 */
	static int batchNow(boolean idle, long msSinceLastBatch, int batch) {
		if (idle) {
			return batch;
		}
		return msSinceLastBatch >= BUSY_EVERY_MS ? Math.min(batch, BUSY_BATCH) : 0;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		if (!properties.enabled() || !properties.backfill() || thread != null) {
			return;
		}
		thread = new Thread(this::run, "meaning-backfill");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private void run() {
		long since = 0;
		long lastBatch = System.nanoTime();
		while (!Thread.currentThread().isInterrupted()) {
			try {
				// An embedded batch is written to the index as it commits; during a rebuild the mass
				// indexer adds documents to a new index without deleting first, so a quote written by
				// both would be there twice (seen: 146 extra documents and health DOWN after a rebuild).
				if (index.isRebuilding()) {
					Thread.sleep(1000L);
					continue;
				}
				int size = batchNow(serving.quietFor(QUIET), (System.nanoTime() - lastBatch) / 1_000_000, properties.batch());
				if (size == 0) {
					Thread.sleep(BUSY_PAUSE_MS);
					continue;
				}
				int n = embedding.embedNext(size, false);
				lastBatch = System.nanoTime();
				since += n;
				if (n == 0) {
					if (since > 0) {
						log.info("Meaning search: {} quotes embedded", since);
						since = 0;
					}
					Thread.sleep(IDLE_SECONDS * 1000L);
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				if (Thread.currentThread().isInterrupted()) {
					return;
				}
				log.warn("Meaning search: embedding stopped for a minute: {}", ex.toString());
				try {
					Thread.sleep(60_000);
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}
	}

	@PreDestroy
	synchronized void stop() throws InterruptedException {
		if (thread != null) {
			thread.interrupt();
			thread.join(10_000);
		}
	}

}
