package org.podquote.alert;

import org.podquote.system.Ticking;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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
class WebhookSchedule extends Ticking {

	private final Webhooks webhooks;

	private final AlertMatcher matcher;

	WebhookSchedule(Webhooks webhooks, AlertMatcher matcher, AlertProperties properties) {
		super("podquote-webhooks", properties.tick(), "Sending webhook deliveries failed");
		this.webhooks = webhooks;
		this.matcher = matcher;
	}

	@Override
	protected void round() {
		matcher.matchPending();
		webhooks.sendDue();
	}

}
