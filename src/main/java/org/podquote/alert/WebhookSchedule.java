package org.podquote.alert;

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
 * In the web app, matches the quotes an import command left for later and sends due webhook
 * deliveries, every tick on a thread of its own. Off with
 * {@code podquote.alerts.schedule=false} (as in the tests, which call {@link Webhooks} themselves);
 * the commands send what is due once, at their end.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "podquote.alerts.schedule", havingValue = "true", matchIfMissing = true)
class WebhookSchedule implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(WebhookSchedule.class);

	private final Webhooks webhooks;

	private final AlertMatcher matcher;

	private final AlertProperties properties;

	private ScheduledExecutorService executor;

	WebhookSchedule(Webhooks webhooks, AlertMatcher matcher, AlertProperties properties) {
		this.webhooks = webhooks;
		this.matcher = matcher;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "podquote-webhooks");
			thread.setDaemon(true);
			return thread;
		});
		long tick = properties.tick().toMillis();
		executor.scheduleWithFixedDelay(this::round, tick, tick, TimeUnit.MILLISECONDS);
	}

	private void round() {
		try {
			matcher.matchPending();
			webhooks.sendDue();
		}
		catch (RuntimeException ex) {
			logger.error("Sending webhook deliveries failed", ex);
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
