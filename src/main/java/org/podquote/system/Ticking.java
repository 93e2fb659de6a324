package org.podquote.system;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Work the web app does every tick on a daemon thread of its own while it runs (refreshing feeds,
 * sending webhooks): started and stopped with the application context, one round at a time, and a
 * round that fails is logged and the next tick tries again, so one failure never ends the schedule.
 */
public abstract class Ticking implements SmartLifecycle {

	private final Log logger = LogFactory.getLog(getClass());

	private final String threadName;

	private final Duration tick;

	private final String failure;

	private ScheduledExecutorService executor;

	/**
	 * @param failure what failed, for the log: "Refreshing subscriptions failed"
	 */
	protected Ticking(String threadName, Duration tick, String failure) {
		this.threadName = threadName;
		this.tick = tick;
		this.failure = failure;
	}

	/** One round of the work. */
	protected abstract void round();

	@Override
	public synchronized void start() {
		executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, threadName);
			thread.setDaemon(true);
			return thread;
		});
		long millis = tick.toMillis();
		executor.scheduleWithFixedDelay(this::safeRound, millis, millis, TimeUnit.MILLISECONDS);
	}

	private void safeRound() {
		try {
			round();
		}
		catch (RuntimeException ex) {
			logger.error(failure, ex);
		}
	}

	@Override
	public synchronized void stop() {
		if (executor != null) {
			executor.shutdownNow();
			executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return executor != null;
	}

}
