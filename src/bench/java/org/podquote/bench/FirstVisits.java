package org.podquote.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.podquote.system.PageSizes;

/**
 * Issue 12 item 4, measured: right after a restart, before anything has read them, the first visit
 * to every kind of page of the most quoted person (their page 1, a middle page and the last, in
 * each order the page offers: best first, newest, oldest; the last page of their episode table;
 * their chart as the API's timeline; their Atom feed) and of the show with most episodes (page 1,
 * middle and last in each of its four orders; its Atom feed), one request at a time on loopback:
 * the wall time the harness sees (on 127.0.0.1 that is the server's time plus a fraction of a
 * millisecond) and the CPU time the server's threads used meanwhile (from the scheduler's
 * accounting, {@code /proc/PID/task/* /schedstat}: hardly changed by other work on the machine).
 * <p>
 * Before the first visit it waits for the person-page prefill ({@code PersonPrefill}: "Prefilled the
 * pages of …" in the server's log), which gives way to requests and fills the most quoted people's
 * caches once the app is idle, as it would be before a user's first visit after a restart. The
 * largest person and show are found in the API's lists, which read no page of theirs.
 */
final class FirstVisits {

	/** The target of issue 12 item 4. */
	static final double TARGET_MS = 100;

	private static final Pattern PERSON = Pattern.compile("\"slug\":\"([^\"]+)\"[^{}]*?\"appearances\":(\\d+)");

	private static final Pattern SHOW = Pattern.compile("\"slug\":\"([^\"]+)\"[^{}]*?\"episodes\":(\\d+)");

	/** One first visit: the path, its status, its wall time and the server's CPU time during it. */
	record Visit(String what, String path, int status, double wallMs, double cpuMs) {
	}

	final String speaker;

	final long quotes;

	final String podcast;

	final long episodes;

	final String prefill;

	final List<Visit> speakerVisits = new ArrayList<>();

	final List<Visit> showVisits = new ArrayList<>();

	private FirstVisits(String speaker, long quotes, String podcast, long episodes, String prefill) {
		this.speaker = speaker;
		this.quotes = quotes;
		this.podcast = podcast;
		this.episodes = episodes;
		this.prefill = prefill;
	}

	/**
	 * The same on a server someone else started (scripts/first-visits.sh): BASE PID LOG; prints the
	 * section and the slowest pages.
	 */
	public static void main(String[] args) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
		FirstVisits visits = measure(http, args[0], Long.parseLong(args[1]), Path.of(args[2]), System.out::println);
		System.out.println(visits.markdown());
		System.out.printf(Locale.ROOT, "%nslowest person page %s ms, slowest show page %s ms (target %.0f ms)%n",
				Benchmark.fmt(visits.slowestSpeakerPage()), Benchmark.fmt(visits.slowestShowPage()), TARGET_MS);
		System.exit(0);
	}

	static FirstVisits measure(HttpClient http, String base, long pid, Path serverLog, Consumer<String> say)
			throws Exception {
		String prefill = awaitPrefill(serverLog, say);
		Matcher person = PERSON.matcher(body(http, base + "/api/v1/speakers?size=1"));
		if (!person.find()) {
			throw new IllegalStateException("no person in /api/v1/speakers");
		}
		String podcast = null;
		long episodes = -1;
		for (int page = 1;; page++) {
			Matcher show = SHOW.matcher(body(http, base + "/api/v1/podcasts?size=100&page=" + page));
			boolean any = false;
			while (show.find()) {
				any = true;
				if (Long.parseLong(show.group(2)) > episodes) {
					podcast = show.group(1);
					episodes = Long.parseLong(show.group(2));
				}
			}
			if (!any) {
				break;
			}
		}
		FirstVisits visits = new FirstVisits(person.group(1), Long.parseLong(person.group(2)), podcast, episodes, prefill);
		say.accept("First visits: " + visits.speaker + " (" + visits.quotes + " quotes), " + podcast + " (" + episodes
				+ " episodes)");

		String s = "/speakers/" + visits.speaker;
		long lastPage = Math.max(1, (visits.quotes + PageSizes.QUOTES - 1) / PageSizes.QUOTES);
		long middle = Math.max(1, (lastPage + 1) / 2);
		for (String order : List.of("", "newest", "oldest")) {
			String label = order.isEmpty() ? "best first" : order + " first";
			String o = order.isEmpty() ? "" : "order=" + order;
			visits.speakerVisits.add(visit(http, base, pid, "page 1, " + label, s + (o.isEmpty() ? "" : "?" + o)));
			visits.speakerVisits.add(visit(http, base, pid, "page " + middle + " (middle), " + label,
					s + "?" + (o.isEmpty() ? "" : o + "&") + "page=" + middle));
			visits.speakerVisits.add(visit(http, base, pid, "page " + lastPage + " (last), " + label,
					s + "?" + (o.isEmpty() ? "" : o + "&") + "page=" + lastPage));
		}
		// a page number past the episode table's last shows its last
		visits.speakerVisits.add(visit(http, base, pid, "their episode table, last page", s + "?episodePage=1000000"));
		visits.speakerVisits.add(visit(http, base, pid, "their chart (the API's timeline)",
				"/api/v1/speakers/" + visits.speaker + "/timeline"));
		visits.speakerVisits.add(visit(http, base, pid, "their Atom feed", "/feeds/speakers/" + visits.speaker + ".atom"));

		String p = "/podcasts/" + podcast;
		long lastShow = Math.max(1, (episodes + PageSizes.EPISODES - 1) / PageSizes.EPISODES);
		long middleShow = Math.max(1, (lastShow + 1) / 2);
		for (String sort : List.of("", "number-asc", "date", "date-asc")) {
			String label = sort.isEmpty() ? "by number, highest first" : sort;
			String o = sort.isEmpty() ? "" : "sort=" + sort;
			visits.showVisits.add(visit(http, base, pid, "page 1, " + label, p + (o.isEmpty() ? "" : "?" + o)));
			visits.showVisits.add(visit(http, base, pid, "page " + middleShow + " (middle), " + label,
					p + "?" + (o.isEmpty() ? "" : o + "&") + "page=" + middleShow));
			visits.showVisits.add(visit(http, base, pid, "page " + lastShow + " (last), " + label,
					p + "?" + (o.isEmpty() ? "" : o + "&") + "page=" + lastShow));
		}
		visits.showVisits.add(visit(http, base, pid, "its Atom feed", "/feeds/podcasts/" + podcast + ".atom"));
		return visits;
	}

	/** Waits (up to 3 minutes) for the prefill's line in the server's log; what it said, or why not. */
	private static String awaitPrefill(Path serverLog, Consumer<String> say) throws Exception {
		Pattern line = Pattern.compile("Prefilled the pages of the \\d+ most quoted people in \\d+ ms");
		long start = System.nanoTime();
		while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(3)) {
			Matcher m = line.matcher(Files.readString(serverLog));
			if (m.find()) {
				String said = String.format(Locale.ROOT, "%s, %.1f s after the server first answered", m.group(),
						(System.nanoTime() - start) / 1e9);
				say.accept("Prefill: " + said);
				return said;
			}
			Thread.sleep(500);
		}
		say.accept("Prefill: not done after 3 minutes; measured without it");
		return "not done after 3 minutes (measured without it)";
	}

	private static Visit visit(HttpClient http, String base, long pid, String what, String path) throws Exception {
		double cpu0 = cpuMillis(pid);
		long t0 = System.nanoTime();
		HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		double wall = (System.nanoTime() - t0) / 1e6;
		double cpu = cpuMillis(pid) - cpu0;
		return new Visit(what, path, r.statusCode(), wall, cpu);
	}

	private static String body(HttpClient http, String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	/** CPU time of all the process's threads so far, in ms (the scheduler's own, in ns); NaN when unknown. */
	static double cpuMillis(long pid) {
		try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
			return tasks.mapToLong(task -> {
				try {
					return Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
				}
				catch (IOException | RuntimeException ex) {
					return 0;
				}
			}).sum() / 1e6;
		}
		catch (IOException ex) {
			return Double.NaN;
		}
	}

	double slowestSpeakerPage() {
		return speakerVisits.stream().mapToDouble(Visit::wallMs).max().orElse(Double.NaN);
	}

	double slowestShowPage() {
		return showVisits.stream().mapToDouble(Visit::wallMs).max().orElse(Double.NaN);
	}

	boolean allOk() {
		return Stream.concat(speakerVisits.stream(), showVisits.stream()).allMatch(v -> v.status() == 200);
	}

	/** The section of the results. */
	String markdown() {
		StringBuilder r = new StringBuilder("\n## First visits after the second restart (issue 12 item 4)\n\n");
		r.append(String.format(Locale.ROOT,
				"The most quoted person, `%s` (%,d quotes), and the show with most episodes, `%s` (%,d episodes), each page "
						+ "visited once, one request at a time, nothing having read it since the start (the warm-up visits the "
						+ "first show of `/podcasts` and the last person of `/speakers`' first page). Person-page prefill: %s. "
						+ "Wall: the harness's time on 127.0.0.1; CPU: the server's threads during the request.%n%n",
				speaker, quotes, podcast, episodes, prefill));
		r.append("| page | path | status | wall (ms) | server CPU (ms) |\n|---|---|---:|---:|---:|\n");
		speakerVisits.forEach(v -> row(r, "person: " + v.what(), v));
		showVisits.forEach(v -> row(r, "show: " + v.what(), v));
		return r.toString();
	}

	private static void row(StringBuilder r, String what, Visit v) {
		r.append(String.format(Locale.ROOT, "| %s | `%s` | %d | %s | %s |%n", what, v.path(), v.status(),
				Benchmark.fmt(v.wallMs()), Benchmark.fmt(v.cpuMs())));
	}

}
