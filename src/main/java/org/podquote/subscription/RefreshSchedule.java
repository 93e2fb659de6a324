package org.podquote.subscription;

import org.podquote.system.Ticking;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * In the web app, looks for due feeds every tick on a thread of its own and refreshes them. Off
 * with {@code podquote.subscriptions.schedule=false} (as in the tests, which call
 * {@link Subscriptions} themselves) and in the commands, which refresh when told to.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "podquote.subscriptions.schedule", havingValue = "true", matchIfMissing = true)
class RefreshSchedule extends Ticking {

	private final Subscriptions subscriptions;

	RefreshSchedule(Subscriptions subscriptions, SubscriptionProperties properties) {
		super("podquote-subscriptions", properties.tick(), "Refreshing subscriptions failed");
		this.subscriptions = subscriptions;
	}

	@Override
	protected void round() {
		subscriptions.refreshDue();
	}

}
