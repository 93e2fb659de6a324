package org.podquote.subscription;

import java.io.PrintStream;
import java.util.List;

import org.podquote.alert.AlertMatcher;
import org.podquote.alert.Webhooks;
import org.podquote.system.CliCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar podquote.jar subscribe [--podquote.home=DIR] URL...}: follows each feed and
 * checks it at once, printing what came of it; non-zero exit if any URL is no feed address or
 * its first check failed (the subscription stays, and is tried again on schedule).
 */
@Component
class SubscribeCommand implements CliCommand {

	static final String USAGE = "usage: java -jar podquote.jar subscribe [--podquote.home=DIR] FEED_URL...";

	private final Subscriptions subscriptions;

	private final AlertMatcher matcher;

	private final Webhooks webhooks;

	SubscribeCommand(Subscriptions subscriptions, AlertMatcher matcher, Webhooks webhooks) {
		this.subscriptions = subscriptions;
		this.matcher = matcher;
		this.webhooks = webhooks;
	}

	@Override
	public String name() {
		return "subscribe";
	}

	@Override
	public int run(ApplicationArguments args) {
		return run(args.getNonOptionArgs(), System.out, System.err);
	}

	int run(List<String> urls, PrintStream out, PrintStream err) {
		if (urls.isEmpty()) {
			err.println(USAGE);
			return 2;
		}
		boolean ok = true;
		for (String url : urls) {
			try {
				Subscriptions.Subscribed subscribed = subscriptions.subscribe(url);
				out.println((subscribed.existed() ? "Already subscribed: " : "Subscribed: ") + subscribed.subscription().getFeedUrl());
				ok &= RefreshCommand.print(subscribed.first(), out, err);
			}
			catch (Subscriptions.InvalidFeedUrl ex) {
				err.println(ex.getMessage());
				ok = false;
			}
		}
		matcher.matchPending();
		webhooks.sendDue().print(out);
		return ok ? 0 : 1;
	}

}
