package org.podquote.system;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A progress bar on the terminal: redrawn in place when there is a console, a line every few
 * seconds when the output goes to a file.
 */
public class ConsoleProgress {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final String unit;

	private final Clock clock;

	private final Instant start;

	private final boolean interactive;

	private final Duration every;

	private Instant lastDrawn = Instant.MIN;

	private boolean finished;

	public ConsoleProgress(PrintStream out, String unit, Clock clock) {
		this.out = out;
		this.unit = unit;
		this.clock = clock;
		this.start = clock.instant();
		this.interactive = System.console() != null;
		this.every = interactive ? Duration.ofMillis(250) : Duration.ofSeconds(5);
	}

	/**
	 * @param done units done
	 * @param total units in all
	 * @param rateCount what the rate counts (appearances, documents)
	 * @param rateUnit its name
	 */
	public synchronized void update(long done, long total, long rateCount, String rateUnit) {
		Instant now = clock.instant();
		boolean last = done >= total;
		if (finished || (!last && Duration.between(lastDrawn, now).compareTo(every) < 0)) {
			return;
		}
		finished = last;
		lastDrawn = now;
		double seconds = Math.max(0.001, Duration.between(start, now).toMillis() / 1000.0);
		double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
		int filled = (int) Math.round(fraction * WIDTH);
		long left = done == 0 ? -1 : Math.round(seconds / done * (total - done));
		String line = String.format("[%s%s] %3d%% %,d/%,d %s, %,.0f %s/s, %s left", "#".repeat(filled),
				".".repeat(WIDTH - filled), Math.round(fraction * 100), done, total, unit, rateCount / seconds, rateUnit,
				left < 0 ? "?" : formatSeconds(left));
		if (interactive) {
			out.print("\r" + line + (last ? System.lineSeparator() : ""));
		}
		else {
			out.println(line);
		}
		out.flush();
	}

	static String formatSeconds(long seconds) {
		return seconds >= 60 ? (seconds / 60) + "m" + String.format("%02d", seconds % 60) + "s" : seconds + "s";
	}

}
