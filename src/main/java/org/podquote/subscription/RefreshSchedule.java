package org.podquote.subscription;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * In the web app, looks for due feeds every tick on a thread of its own and refreshes them. Off
 * with {@code podquote.subscriptions.schedule=false} (as in the tests, which call
 * {@link Subscriptions} themselves) and in the commands, which refresh when told to.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "podquote.subscriptions.schedule", havingValue = "true", matchIfMissing = true)
class RefreshSchedule implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(RefreshSchedule.class);

	private final Subscriptions subscriptions;

	private final SubscriptionProperties properties;

	private ScheduledExecutorService executor;

	RefreshSchedule(Subscriptions subscriptions, SubscriptionProperties properties) {
		this.subscriptions = subscriptions;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "podquote-subscriptions");
			thread.setDaemon(true);
			return thread;
		});
		long tick = properties.tick().toMillis();
		executor.scheduleWithFixedDelay(this::round, tick, tick, TimeUnit.MILLISECONDS);
	}

	private void round() {
		try {
			subscriptions.refreshDue();
		}
		catch (RuntimeException ex) {
			// the next tick tries again; a round must not end the schedule
			logger.error("Refreshing subscriptions failed", ex);
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
