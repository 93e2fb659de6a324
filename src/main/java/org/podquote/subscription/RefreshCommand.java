package org.podquote.subscription;

import java.io.PrintStream;
import java.util.List;

import org.podquote.alert.AlertMatcher;
import org.podquote.alert.Webhooks;
import org.podquote.system.CliCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar podquote.jar refresh [--podquote.home=DIR] [--due]}: one round over the feeds
 * followed (all of them, or with {@code --due} only those whose time has come), a line for each,
 * then the alerts' webhooks that are due; non-zero exit if a feed failed.
 */
@Component
class RefreshCommand implements CliCommand {

	private final Subscriptions subscriptions;

	private final AlertMatcher matcher;

	private final Webhooks webhooks;

	RefreshCommand(Subscriptions subscriptions, AlertMatcher matcher, Webhooks webhooks) {
		this.subscriptions = subscriptions;
		this.matcher = matcher;
		this.webhooks = webhooks;
	}

	@Override
	public String name() {
		return "refresh";
	}

	@Override
	public int run(ApplicationArguments args) {
		return run(args.containsOption("due"), System.out, System.err);
	}

	int run(boolean dueOnly, PrintStream out, PrintStream err) {
		List<Subscriptions.Result> results = dueOnly ? subscriptions.refreshDue() : subscriptions.refreshAll();
		if (results.isEmpty()) {
			out.println(dueOnly ? "No feed is due." : "No subscriptions: add one with: java -jar podquote.jar subscribe FEED_URL");
		}
		boolean ok = true;
		for (Subscriptions.Result result : results) {
			ok &= print(result, out, err);
		}
		long failed = results.stream().filter(r -> !r.ok()).count();
		if (!results.isEmpty()) {
			out.println(results.size() + (results.size() == 1 ? " feed" : " feeds") + " checked"
					+ (failed == 0 ? "" : ", " + failed + " failed"));
		}
		matcher.matchPending();
		webhooks.sendDue().print(out);
		return ok ? 0 : 1;
	}

	/** One line for a check, and the import's problems; whether it worked. */
	static boolean print(Subscriptions.Result result, PrintStream out, PrintStream err) {
		if (!result.ok()) {
			err.println(result.feedUrl() + ": failed: " + result.message());
			return false;
		}
		out.println(result.feedUrl() + ": " + result.message()
				+ (result.report() == null ? "" : " (" + result.report().summary() + ")"));
		if (result.report() != null) {
			result.report().failures().forEach(err::println);
		}
		return true;
	}

}
