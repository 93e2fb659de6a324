package org.podquote.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;

import org.podquote.PodquoteApplication;
import org.podquote.search.QuoteHit;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchPage;
import org.podquote.search.SearchQuery;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark harness (see docs/BENCHMARKS.md; run by scripts/benchmark.sh). With the corpus
 * generated, it:
 * <ol>
 * <li>serves the generated feeds and transcripts from a JDK HttpServer on 127.0.0.1 and runs the
 * real CLI import ({@code java -Xmx1g -jar podquote.jar import ...}) as a separate process: wall
 * time, and peak heap from its GC log (the largest heap-before-GC figure of {@code -Xlog:gc});</li>
 * <li>starts the app ({@code -Xmx1g}) on the library just built and times how long until
 * {@code /search} answers with results (the restart);</li>
 * <li>sends the fixed query set ({@code bench/queries.tsv}) over HTTP one request at a time:
 * client-measured latency and the engine's time from {@code Server-Timing};</li>
 * <li>runs {@code wrk} with 16 connections rotating the query set ({@code bench/rotate.lua});</li>
 * <li>stops the server (its GC log gives the serving heap), then starts the app in this process on
 * the same library to call {@link QuoteSearch} directly and to run the baseline a user has without
 * a search engine, SQL {@code lower(text) like '%...%'} on the same H2 database, for the same
 * queries;</li>
 * <li>writes {@code results.md} (and the raw samples) into the output folder.</li>
 * </ol>
 * No timings are asserted: this reports.
 */
public final class Benchmark {

	/** The serving heap (issue 12: the 1M library is served with -Xmx512m). */
	static final String SERVER_HEAP = "512m";

	private static final Pattern GC_LINE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

	private static final Pattern SERVER_TIMING = Pattern.compile("search;dur=([0-9.]+)");

	private static final Pattern RESULT_COUNT = Pattern.compile("class=\"result-count\"[^>]*>(?:about )?([0-9,]+) quote");

	record Query(String id, String kind, String text, String speaker, String podcast) {

		String path() {
			StringBuilder path = new StringBuilder("/search?q=").append(encode(text));
			if (speaker != null) {
				path.append("&speaker=").append(encode(speaker));
			}
			if (podcast != null) {
				path.append("&podcast=").append(encode(podcast));
			}
			return path.toString();
		}

		String apiPath() {
			return path().replaceFirst("^/search", "/api/v1/search");
		}

		/** By words alone: what the raw-Lucene baseline does, so the like-for-like comparison. */
		String wordsPath() {
			return path() + "&mode=words";
		}

		String wordsApiPath() {
			return apiPath() + "&mode=words";
		}

		String filters() {
			List<String> f = new ArrayList<>();
			if (speaker != null) {
				f.add("speaker=" + speaker);
			}
			if (podcast != null) {
				f.add("podcast=" + podcast);
			}
			return String.join(" ", f);
		}

	}

	/** Latency samples in milliseconds, by query id. */
	static final class Samples {

		final Map<String, List<Double>> byQuery = new LinkedHashMap<>();

		void add(String id, double ms) {
			byQuery.computeIfAbsent(id, k -> new ArrayList<>()).add(ms);
		}

		List<Double> all() {
			List<Double> all = new ArrayList<>();
			byQuery.values().forEach(all::addAll);
			return all;
		}

		List<Double> of(String id) {
			return byQuery.getOrDefault(id, List.of());
		}

	}

	private final Options options;

	private final List<Query> queries;

	private final Map<String, String> facts = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	private final StringBuilder log = new StringBuilder();

	/** The raw-Lucene baseline's latencies (ms) at 16 threads, and its exact hit counts by query. */
	private final List<Double> rawLatencies = new ArrayList<>();

	private final Map<String, Long> rawHits = new LinkedHashMap<>();

	/** The first visits to the largest person's and show's pages after the second restart. */
	private FirstVisits firstVisits;

	private final Samples rawSamples = new Samples();

	private Benchmark(Options options) throws IOException {
		this.options = options;
		this.queries = readQueries(options.queries);
	}

	record Options(boolean quick, Path out, Path jar, Path changelog, Path corpus, Path queries, Path lua,
			int wrkSeconds, int wrkConnections, String command) {
	}

	public static void main(String[] args) throws Exception {
		boolean quick = false;
		boolean skipImport = false;
		boolean serveOnly = false;
		Path out = Path.of("target/bench");
		Path jar = Path.of("target/podquote.jar");
		Path changelog = Path.of("../shared/data/changelog-transcripts");
		int wrkSeconds = 30;
		String command = "scripts/benchmark.sh";
		for (String arg : args) {
			if (arg.equals("--quick")) {
				quick = true;
			}
			else if (arg.equals("--only-census")) {
				// a check of the in-process start on an existing library, nothing measured
				Path home = out.toAbsolutePath().resolve("home");
				System.setProperty("spring.config.location", "classpath:/application.properties");
				try (ConfigurableApplicationContext context = start(home)) {
					System.out.println(census(context.getBean(JdbcTemplate.class)));
				}
				System.exit(0);
			}
			else if (arg.equals("--serve-only")) {
				// only the restarts, HTTP and wrk, on the library already in OUT/home: results-serve.md
				skipImport = true;
				serveOnly = true;
			}
			else if (arg.equals("--skip-import")) {
				// measure the library already in OUT/home (to try the measurements again)
				skipImport = true;
			}
			else if (arg.startsWith("--out=")) {
				out = Path.of(arg.substring(6));
			}
			else if (arg.startsWith("--jar=")) {
				jar = Path.of(arg.substring(6));
			}
			else if (arg.startsWith("--changelog=")) {
				changelog = Path.of(arg.substring(12)).toAbsolutePath().normalize();
			}
			else if (arg.startsWith("--wrk-seconds=")) {
				wrkSeconds = Integer.parseInt(arg.substring(14));
			}
			else if (arg.startsWith("--command=")) {
				command = arg.substring(10);
			}
			else {
				System.err.println("unknown argument " + arg);
				System.exit(2);
			}
		}
		Options options = new Options(quick, out.toAbsolutePath(), jar.toAbsolutePath(), changelog.toAbsolutePath(),
				out.resolve("corpus").toAbsolutePath(), Path.of("bench/queries.tsv").toAbsolutePath(),
				Path.of("bench/rotate.lua").toAbsolutePath(), wrkSeconds, 16, command);
		try {
			new Benchmark(options).run(skipImport, serveOnly);
		}
		catch (Exception | Error ex) {
			ex.printStackTrace();
			System.exit(1);
		}
		System.exit(0);
	}

	// ---------------------------------------------------------------- the run

	private void run(boolean skipImport, boolean serveOnly) throws Exception {
		ZonedDateTime started = ZonedDateTime.now();
		facts.put("date", started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		facts.put("command", options.command + (options.quick ? " --quick" : ""));
		facts.put("load average at start", loadAverage());
		machine();
		Path home = options.out.resolve("home");
		Path appJar = options.out.resolve("app-under-test.jar");
		// a copy of target/podquote.jar under a name of its own, so that nobody's "pkill -f podquote.jar" ends our run
		Files.copy(options.jar, appJar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		if (skipImport) {
			notes.add("This run measured a library imported by an earlier run (--skip-import).");
		}
		else {
			CorpusGenerator.deleteRecursively(home);
			Files.createDirectories(home);
			importLibrary(home, appJar);
			facts.put("load average after import", loadAverage());
		}

		Samples httpClient = new Samples();
		Samples httpServer = new Samples();
		Map<String, Long> httpHits = new LinkedHashMap<>();
		Map<String, String> raw = new LinkedHashMap<>();
		Map<String, String> wrk = serve(home, appJar, httpClient, httpServer, httpHits, raw);
		writeSamples(serveOnly ? "serve-only-http-client" : "http-client", httpClient);
		writeSamples(serveOnly ? "serve-only-http-server" : "http-server", httpServer);
		facts.put("load average after serving", loadAverage());
		if (serveOnly) {
			StringBuilder r = new StringBuilder("# Podquote benchmark: restarts, HTTP and wrk only (--serve-only)\n\n| | |\n|---|---|\n");
			facts.forEach((k, v) -> r.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n"));
			r.append("\n| measured (ms) | samples | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
			row(r, "HTTP, client-measured", httpClient.all());
			row(r, "HTTP, server-side (Server-Timing)", httpServer.all());
			r.append("\n| wrk | |\n|---|---|\n");
			wrk.forEach((k, v) -> r.append("| ").append(k).append(" | ").append(v).append(" |\n"));
			r.append(sideBySide(wrk, raw));
			r.append("\n## Targets\n\n| target | measured | met |\n|---|---|---|\n").append(firstVisitTargets());
			r.append(firstVisits.markdown());
			Files.writeString(options.out.resolve("results-serve.md"), r);
			System.out.println(r);
			return;
		}

		Samples inProcess = new Samples();
		Samples engine = new Samples();
		Samples like = new Samples();
		Map<String, Long> hits = new LinkedHashMap<>();
		Map<String, Long> likeHits = new LinkedHashMap<>();
		Map<String, Object> library = inProcess(home, inProcess, engine, like, hits, likeHits);
		facts.put("load average at end", loadAverage());

		writeSamples("in-process", inProcess);
		writeSamples("in-process-engine", engine);
		writeSamples("like", like);
		String report = report(library, httpClient, httpServer, httpHits, wrk, raw, inProcess, engine, like, hits,
				likeHits, started);
		Files.writeString(options.out.resolve("results.md"), report);
		Files.writeString(options.out.resolve("harness.log"), log);
		System.out.println(report);
		System.out.println("Results written to " + options.out.resolve("results.md"));
	}

	private void machine() throws IOException, InterruptedException {
		facts.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
		String cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
			.stream()
			.filter(l -> l.startsWith("model name"))
			.findFirst()
			.map(l -> l.replaceFirst("model name\\s*:\\s*", ""))
			.orElse("?");
		facts.put("cpu", cpu + " (" + Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("processor")).count() + " online in /proc/cpuinfo)");
		String mem = Files.readAllLines(Path.of("/proc/meminfo"))
			.stream()
			.filter(l -> l.startsWith("MemTotal"))
			.findFirst()
			.orElse("?");
		long kb = Long.parseLong(mem.replaceAll("\\D", ""));
		facts.put("memory", String.format(Locale.ROOT, "%.1f GiB (MemTotal %,d kB)", kb / 1024.0 / 1024.0, kb));
		Process p = new ProcessBuilder(javaBinary(), "-version").redirectErrorStream(true).start();
		String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		p.waitFor();
		facts.put("java", version.replace("\n", "; "));
		Process w = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
		String wrkVersion = new String(w.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		w.waitFor();
		facts.put("wrk", wrkVersion.lines().findFirst().orElse("?"));
		facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
	}

	// ---------------------------------------------------------------- import

	private void importLibrary(Path home, Path appJar) throws Exception {
		HttpServer files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		files.createContext("/", exchange -> {
			try (exchange) {
				Path file = options.corpus.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
				if (!file.startsWith(options.corpus) || !Files.isRegularFile(file)) {
					exchange.sendResponseHeaders(404, -1);
					return;
				}
				String type = file.toString().endsWith(".xml") ? "application/rss+xml" : "application/json";
				exchange.getResponseHeaders().set("Content-Type", type);
				byte[] body = Files.readAllBytes(file);
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		});
		var executor = Executors.newFixedThreadPool(4, r -> {
			Thread t = new Thread(r, "bench-files");
			t.setDaemon(true);
			return t;
		});
		files.setExecutor(executor);
		files.start();
		try {
			List<String> inputs = new ArrayList<>();
			inputs.add(options.quick ? options.changelog.resolve("shipit").toString() : options.changelog.toString());
			try (Stream<Path> feeds = Files.list(options.corpus)) {
				feeds.map(p -> p.getFileName().toString())
					.filter(n -> n.endsWith(".xml"))
					.sorted()
					.forEach(n -> inputs.add("http://127.0.0.1:" + files.getAddress().getPort() + "/" + n));
			}
			Path gcLog = options.out.resolve("import-gc.log");
			// the feeds are served on loopback, which fetches refuse unless allowed
			List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-Xlog:gc:file=" + gcLog, "-jar",
					appJar.toString(), "import", "--podquote.fetch.allowed-hosts=127.0.0.1"));
			command.addAll(inputs);
			facts.put("import command", "PODQUOTE_HOME=target/bench/home " + String.join(" ", command).replace(options.out.toString(), "target/bench")
				.replaceAll("http://127\\.0\\.0\\.1:\\d+/", "http://127.0.0.1:PORT/"));
			freshGcLog(gcLog);
			Result result = runImport(command, home, "import");
			if (result.exit != 0 && result.output.contains("HttpSecurity")) {
				// the CLI runs without a web server, but SecurityConfiguration asks for HttpSecurity, which only a
				// web application has: run the same import as a web application on a free port instead
				notes.add("The plain CLI import failed at start-up (SecurityConfiguration needs HttpSecurity, which a "
						+ "non-web context lacks), so the import ran with `--spring.main.web-application-type=servlet "
						+ "--server.port=0` added: the same import, with an idle Tomcat in the process.");
				CorpusGenerator.deleteRecursively(home);
				Files.createDirectories(home);
				command.add(command.indexOf("import") + 1, "--server.port=0");
				command.add(command.indexOf("import") + 1, "--spring.main.web-application-type=servlet");
				facts.put("import command", "PODQUOTE_HOME=target/bench/home " + String.join(" ", command).replace(options.out.toString(), "target/bench")
					.replaceAll("http://127\\.0\\.0\\.1:\\d+/", "http://127.0.0.1:PORT/"));
				freshGcLog(gcLog);
				result = runImport(command, home, "import");
			}
			if (result.exit != 0) {
				notes.add("The import exited with code " + result.exit + "; see target/bench/import.log.");
			}
			facts.put("import wall time", String.format(Locale.ROOT, "%.1f s", result.seconds));
			facts.put("import summary", result.output.lines()
				.filter(l -> l.matches("\\d[\\d,]* files?:.*"))
				.reduce((a, b) -> b)
				.orElse("(no summary line)"));
			Heap heap = heap(gcLog);
			facts.put("import peak heap", heap.describe());
		}
		finally {
			files.stop(0);
			executor.shutdownNow();
		}
	}

	record Result(int exit, double seconds, String output) {
	}

	/**
	 * A process of the app, with the library in PODQUOTE_HOME and SIGTERM ignored: on a machine shared
	 * with other builds, a stray "pkill java" must not end a run half-way. The harness stops the server
	 * with SIGINT.
	 */
	private static ProcessBuilder launch(List<String> command, Path home) {
		List<String> wrapped = new ArrayList<>(List.of("bash", "-c", "trap '' TERM; exec \"$@\"", "bench-app"));
		wrapped.addAll(command);
		ProcessBuilder pb = new ProcessBuilder(wrapped).redirectErrorStream(true);
		pb.environment().put("PODQUOTE_HOME", home.toString());
		return pb;
	}

	private Result runImport(List<String> command, Path home, String name) throws Exception {
		Path logFile = options.out.resolve(name + ".log");
		say("Running " + String.join(" ", command.subList(0, Math.min(command.size(), 8))) + " ...");
		long start = System.nanoTime();
		Process process = launch(command, home).redirectOutput(logFile.toFile()).start();
		int exit = process.waitFor();
		double seconds = (System.nanoTime() - start) / 1e9;
		String output = Files.readString(logFile);
		say(String.format(Locale.ROOT, "%s exited %d after %.1f s", name, exit, seconds));
		return new Result(exit, seconds, output);
	}

	// ---------------------------------------------------------------- serving over HTTP

	private Map<String, String> serve(Path home, Path appJar, Samples client, Samples server, Map<String, Long> hits,
			Map<String, String> raw) throws Exception {
		int port = freePort();
		Path gcLog = options.out.resolve("serve-gc.log");
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String base = "http://127.0.0.1:" + port;
		Path logFile = options.out.resolve("serve.log");
		Process process = startServer(home, appJar, gcLog, logFile, port, http, "restart");
		Map<String, String> wrk = new LinkedHashMap<>();
		try {
			// one request at a time
			int warmup = options.quick ? 2 : 3;
			int passes = options.quick ? 5 : 20;
			Random order = new Random(42);
			for (int pass = 0; pass < warmup + passes; pass++) {
				List<Query> shuffled = new ArrayList<>(queries);
				Collections.shuffle(shuffled, order);
				for (Query q : shuffled) {
					long t0 = System.nanoTime();
					HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + q.wordsPath())).timeout(Duration.ofSeconds(60)).build(),
							HttpResponse.BodyHandlers.ofString());
					double ms = (System.nanoTime() - t0) / 1e6;
					if (r.statusCode() != 200) {
						throw new IllegalStateException(q.wordsPath() + " answered " + r.statusCode());
					}
					if (pass >= warmup) {
						client.add(q.id(), ms);
						r.headers().firstValue("Server-Timing").map(SERVER_TIMING::matcher).filter(Matcher::find)
							.ifPresent(m -> server.add(q.id(), Double.parseDouble(m.group(1))));
						Matcher count = RESULT_COUNT.matcher(r.body());
						hits.put(q.id(), count.find() ? Long.parseLong(count.group(1).replace(",", "")) : 0L);
					}
				}
			}
			say("HTTP: " + client.all().size() + " requests measured");

			// throughput: the page, the API, then (below, the server stopped) the raw-Lucene limit on the same index. The
			// baseline searches by words, so "page" and "api" do too (mode=words); the default mode, words
			// and meaning fused, has passes of its own
			wrk.putAll(wrk("page", Query::wordsPath, base, process));
			wrk.putAll(wrk("api", Query::wordsApiPath, base, process));
			wrk.putAll(wrk("page-both", Query::path, base, process));
			wrk.putAll(wrk("api-both", Query::apiPath, base, process));
		}
		finally {
			stop(process);
		}
		// the raw baseline once the server has stopped: an idle server embeds and merges in the
		// background (its embedder gives way only to requests), which would take the cores from it
		raw.putAll(rawLucene(home));
		facts.put("serving heap", heap(gcLog).describe());
		// a second restart, with the page cache and the load as they are now; then, before anything
		// else reads them, the first visits to every kind of page of the largest person and show
		Process again = startServer(home, appJar, options.out.resolve("restart2-gc.log"), options.out.resolve("restart2.log"),
				port, http, "second restart");
		try {
			facts.put("load average before the first visits", loadAverage());
			firstVisits = FirstVisits.measure(http, base, again.pid(), options.out.resolve("restart2.log"), this::say);
			facts.put("load average after the first visits", loadAverage());
			Files.writeString(options.out.resolve("first-visits.md"), firstVisits.markdown());
		}
		finally {
			stop(again);
		}
		return wrk;
	}

	/** wrk with 16 connections rotating through the query set's paths (page or API): its figures, keyed "kind figure". */
	private Map<String, String> wrk(String kind, java.util.function.Function<Query, String> path, String base,
			Process process) throws Exception {
		Map<String, String> wrk = new LinkedHashMap<>();
		Path paths = options.out.resolve("wrk-paths-" + kind + ".txt");
		Files.write(paths, queries.stream().map(path).toList());
		List<String> wrkCommand = List.of("wrk", "-t2", "-c" + options.wrkConnections, "-d" + options.wrkSeconds + "s",
				"--timeout", "10s", "--latency", "-s", options.lua.toString(), base);
		ProcessBuilder pb = new ProcessBuilder(wrkCommand).redirectErrorStream(true);
		pb.environment().put("PODQUOTE_BENCH_PATHS", paths.toString());
		say("Running wrk (" + kind + ") for " + options.wrkSeconds + " s ...");
		facts.put("load average before wrk (" + kind + ")", loadAverage());
		double cpuBefore = cpuSeconds(process.pid());
		long wrkStart = System.nanoTime();
		Process w = pb.start();
		String wrkOut = new String(w.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		w.waitFor();
		facts.put("load average after wrk (" + kind + ")", loadAverage());
		Files.writeString(options.out.resolve("wrk-" + kind + ".txt"), wrkOut);
		wrk.put(kind + " command", String.join(" ", wrkCommand).replace(options.lua.toString(), "bench/rotate.lua")
			.replace(base, "http://127.0.0.1:PORT") + "  (PODQUOTE_BENCH_PATHS=target/bench/wrk-paths-" + kind + ".txt)");
		wrk.put(kind + " requests/s", find(wrkOut, "Requests/sec:\\s+([0-9.]+)"));
		wrk.put(kind + " requests", find(wrkOut, "(\\d+) requests in"));
		wrk.put(kind + " p50", find(wrkOut, "\\s50%\\s+([0-9.]+\\w+)"));
		wrk.put(kind + " p90", find(wrkOut, "\\s90%\\s+([0-9.]+\\w+)"));
		wrk.put(kind + " p99", find(wrkOut, "\\s99%\\s+([0-9.]+\\w+)"));
		wrk.put(kind + " errors", find(wrkOut, "(Non-2xx or 3xx responses: \\d+|Socket errors: .*)"));
		// CPU the server used per request: unlike wall times, hardly changed by other work on the machine
		double cpu = cpuSeconds(process.pid()) - cpuBefore;
		double wall = (System.nanoTime() - wrkStart) / 1e9;
		String requests = wrk.get(kind + " requests");
		if (cpu > 0 && requests.matches("\\d+")) {
			double perRequest = cpu * 1000 / Long.parseLong(requests);
			wrk.put(kind + " server CPU during wrk", String.format(Locale.ROOT, "%.1f CPU-s in %.1f s wall (%.0f%% of the 2 cores)",
					cpu, wall, cpu / wall / Runtime.getRuntime().availableProcessors() * 100));
			wrk.put(kind + " server CPU per request", String.format(Locale.ROOT, "%.1f ms", perRequest));
		}
		say("wrk (" + kind + "): " + wrk.get(kind + " requests/s") + " requests/s");
		return wrk;
	}

	/**
	 * The limit: plain Lucene on the app's own index files (read-only, while the idle server holds them),
	 * the same queries with the same number of threads as wrk's connections, for as long as wrk ran.
	 */
	private Map<String, String> rawLucene(Path home) throws Exception {
		Map<String, String> raw = new LinkedHashMap<>();
		facts.put("load average before raw Lucene", loadAverage());
		try (org.podquote.search.RawLucene lucene = new org.podquote.search.RawLucene(home.resolve("index"))) {
			// warm-up: three passes of the query set on one thread, unmeasured
			for (int pass = 0; pass < 3; pass++) {
				for (Query q : queries) {
					rawHits.put(q.id(), lucene.search(q.text(), q.speaker(), q.podcast()).total());
				}
			}
			int threads = options.wrkConnections;
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.wrkSeconds);
			List<Samples> perThread = new ArrayList<>();
			List<Thread> workers = new ArrayList<>();
			java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
			say("Raw Lucene: " + threads + " threads for " + options.wrkSeconds + " s ...");
			long start = System.nanoTime();
			for (int t = 0; t < threads; t++) {
				Samples samples = new Samples();
				perThread.add(samples);
				int offset = t * 7;
				Thread worker = new Thread(() -> {
					try {
						for (int i = 0; System.nanoTime() < deadline; i++) {
							Query q = queries.get((i + offset) % queries.size());
							long t0 = System.nanoTime();
							lucene.search(q.text(), q.speaker(), q.podcast());
							samples.add(q.id(), (System.nanoTime() - t0) / 1e6);
						}
					}
					catch (Throwable ex) {
						failure.set(ex);
					}
				}, "raw-lucene-" + t);
				workers.add(worker);
				worker.start();
			}
			for (Thread worker : workers) {
				worker.join();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			if (failure.get() != null) {
				throw new IllegalStateException("raw Lucene failed", failure.get());
			}
			perThread.forEach(samples -> samples.byQuery.forEach((id, ms) -> ms.forEach(v -> rawSamples.add(id, v))));
			List<Double> all = rawSamples.all();
			rawLatencies.addAll(all);
			raw.put("searches", String.valueOf(all.size()));
			raw.put("searches/s", String.format(Locale.ROOT, "%.2f", all.size() / seconds));
			raw.put("p50", fmt(pct(all, 50)) + "ms");
			raw.put("p90", fmt(pct(all, 90)) + "ms");
			raw.put("p99", fmt(pct(all, 99)) + "ms");
			raw.put("documents", String.format(Locale.ROOT, "%,d", lucene.documents()));
			// written now, not only with the report: a run cut short still has the limit's samples
			writeSamples("raw-lucene", rawSamples);
			say("Raw Lucene: " + raw.get("searches/s") + " searches/s, p50 " + raw.get("p50") + ", p99 " + raw.get("p99"));
		}
		facts.put("load average after raw Lucene", loadAverage());
		return raw;
	}

	/** Starts the server and waits until /search answers with results (and no "rebuilding" notice): the restart time. */
	private Process startServer(Path home, Path appJar, Path gcLog, Path logFile, int port, HttpClient http, String label)
			throws Exception {
		// the extracted jar and its class-data sharing archive when scripts/benchmark.sh made them, else the jar
		Path extracted = options.out.resolve("app/app-under-test.jar");
		Path archive = options.out.resolve("app/app.jsa");
		List<String> command = Files.exists(archive) && Files.exists(extracted)
				? List.of(javaBinary(), "-Xmx" + SERVER_HEAP, "-XX:SharedArchiveFile=" + archive, "-Xlog:gc:file=" + gcLog,
						"-jar", extracted.toString(), "--server.port=" + port)
				: List.of(javaBinary(), "-Xmx" + SERVER_HEAP, "-Xlog:gc:file=" + gcLog, "-jar", appJar.toString(),
						"--server.port=" + port);
		facts.put("server command", "PODQUOTE_HOME=target/bench/home " + String.join(" ", command)
			.replace(options.out.toString(), "target/bench")
			.replace("--server.port=" + port, "--server.port=PORT")
			.replace(gcLog.getFileName().toString(), "serve-gc.log"));
		facts.put("load average before " + label, loadAverage());
		freshGcLog(gcLog);
		say("Starting the server (" + label + ") ...");
		long start = System.nanoTime();
		Process process = launch(command, home).redirectOutput(logFile.toFile()).start();
		String probe = "http://127.0.0.1:" + port + "/search?q=" + encode("open source");
		double restart = -1;
		double restartCpu = -1;
		while ((System.nanoTime() - start) < TimeUnit.MINUTES.toNanos(10) && process.isAlive()) {
			try {
				HttpResponse<String> r = http.send(
						HttpRequest.newBuilder(URI.create(probe)).timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200 && RESULT_COUNT.matcher(r.body()).find() && !r.body().contains("being rebuilt")) {
					restart = (System.nanoTime() - start) / 1e9;
					restartCpu = cpuSeconds(process.pid());
					break;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		if (restart < 0) {
			stop(process);
			throw new IllegalStateException("the server did not answer a search within 10 minutes; see " + logFile);
		}
		String log = Files.readString(logFile);
		Matcher started = Pattern.compile("Started PodquoteApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)").matcher(log);
		facts.put(label + ": process start to first search with results", String.format(Locale.ROOT, "%.1f s", restart)
				+ (started.find() ? " (Spring: \"Started in " + started.group(1) + " s, process running for " + started.group(2) + " s\")" : "")
				+ (restartCpu > 0 ? String.format(Locale.ROOT, "; %.1f CPU-s used by then", restartCpu) : ""));
		if (log.contains("rebuilding the index")) {
			notes.add("At the " + label + " the server found the index out of step with the database and rebuilt it.");
		}
		say(String.format(Locale.ROOT, "%s: search answered after %.1f s", label, restart));
		return process;
	}

	/** SIGINT (SIGTERM is ignored, see launch): Spring closes the database and the index cleanly. */
	private static void stop(Process process) throws Exception {
		new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor();
		}
	}

	// ---------------------------------------------------------------- in-process search and the LIKE baseline

	private Map<String, Object> inProcess(Path home, Samples wall, Samples engine, Samples like, Map<String, Long> hits,
			Map<String, Long> likeHits) throws Exception {
		// only the app's own configuration: the test classpath carries one for in-memory tests
		System.setProperty("spring.config.location", "classpath:/application.properties");
		say("Starting the app in-process on the library ...");
		Map<String, Object> library = new LinkedHashMap<>();
		try (ConfigurableApplicationContext context = start(home)) {
			QuoteSearch search = context.getBean(QuoteSearch.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			library.putAll(census(jdbc));

			int warmup = options.quick ? 3 : 5;
			int passes = options.quick ? 10 : 50;
			Random order = new Random(7);
			for (int pass = 0; pass < warmup + passes; pass++) {
				List<Query> shuffled = new ArrayList<>(queries);
				Collections.shuffle(shuffled, order);
				for (Query q : shuffled) {
					SearchQuery query = new SearchQuery(q.text(), q.speaker(), q.podcast(), null, null, null,
							SearchQuery.Sort.RELEVANCE, 0, 20, true);
					long t0 = System.nanoTime();
					SearchPage<QuoteHit> page = search.search(query);
					double ms = (System.nanoTime() - t0) / 1e6;
					if (pass >= warmup) {
						wall.add(q.id(), ms);
						engine.add(q.id(), page.took().toNanos() / 1e6);
						hits.put(q.id(), page.total());
					}
				}
			}
			say("In-process: " + wall.all().size() + " searches measured");

			int likePasses = options.quick ? 1 : 2;
			facts.put("load average before LIKE", loadAverage());
			// one unmeasured pass over a few queries to bring the table into H2's cache
			for (Query q : queries.subList(0, Math.min(3, queries.size()))) {
				likeSearch(jdbc, q);
			}
			for (int pass = 0; pass < likePasses; pass++) {
				for (Query q : queries) {
					long t0 = System.nanoTime();
					long count = likeSearch(jdbc, q);
					like.add(q.id(), (System.nanoTime() - t0) / 1e6);
					likeHits.put(q.id(), count);
				}
				say("LIKE pass " + (pass + 1) + " done");
			}
		}
		return library;
	}

	static ConfigurableApplicationContext start(Path home) {
		return new SpringApplicationBuilder(PodquoteApplication.class)
			// SERVLET, not NONE: SecurityConfiguration needs HttpSecurity (see the import note)
			.web(WebApplicationType.SERVLET)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run("--podquote.home=" + home, "--spring.datasource.url=jdbc:h2:file:" + home + "/db/podquote",
					"--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
					"--server.port=0", "--logging.level.root=warn");
	}

	private static Map<String, Object> census(JdbcTemplate jdbc) {
		Map<String, Object> c = new LinkedHashMap<>();
		String generated = CorpusGenerator.SHOWS.stream()
			.map(s -> "'" + s.replace("'", "''") + "'")
			.reduce((a, b) -> a + "," + b)
			.orElseThrow();
		c.put("appearances", jdbc.queryForObject("select count(*) from appearance", Long.class));
		c.put("appearances in generated shows", jdbc.queryForObject("select count(*) from appearance a join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id where p.title in (" + generated + ")", Long.class));
		c.put("episodes", jdbc.queryForObject("select count(*) from episode", Long.class));
		c.put("dated episodes", jdbc.queryForObject("select count(*) from episode where published_on is not null", Long.class));
		c.put("first and last date", jdbc.queryForObject("select min(published_on) || ' .. ' || max(published_on) from episode", String.class));
		c.put("podcasts", jdbc.queryForObject("select count(*) from podcast", Long.class));
		c.put("speakers", jdbc.queryForObject("select count(*) from speaker", Long.class));
		c.put("speakers in generated shows", jdbc.queryForObject("select count(distinct a.speaker_id) from appearance a join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id where p.title in (" + generated + ")", Long.class));
		c.put("characters of quote text", jdbc.queryForObject("select sum(char_length(text)) from appearance", Long.class));
		return c;
	}

	/**
	 * The search without a search engine: every word must appear ({@code lower(text) like '%word%'}),
	 * a phrase must appear as written, {@code -x} must not, {@code a OR b} either; a count and the
	 * first 20 rows with what the page shows, newest episode first (SQL has no relevance).
	 */
	static long likeSearch(JdbcTemplate jdbc, Query q) {
		List<Object> args = new ArrayList<>();
		String where = likeWhere(q.text(), args);
		String from = " from appearance a join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id"
				+ " left join speaker s on s.id = a.speaker_id where " + where;
		if (q.speaker() != null) {
			from += " and s.slug = ?";
			args.add(q.speaker());
		}
		if (q.podcast() != null) {
			from += " and p.slug = ?";
			args.add(q.podcast());
		}
		Long count = jdbc.queryForObject("select count(*)" + from, Long.class, args.toArray());
		jdbc.queryForList("select a.id, a.text, s.name, e.title, e.published_on, p.title" + from
				+ " order by e.published_on desc nulls last, a.id limit 20", args.toArray());
		return count == null ? 0 : count;
	}

	/** The query language (words, "phrases", -exclude, a OR b, prefix*) as LIKE conditions. */
	static String likeWhere(String text, List<Object> args) {
		List<String> clauses = new ArrayList<>();
		Matcher m = Pattern.compile("(-?)(\"[^\"]*\"|\\S+)").matcher(text);
		List<String[]> tokens = new ArrayList<>();
		while (m.find()) {
			tokens.add(new String[] { m.group(1), m.group(2) });
		}
		for (int i = 0; i < tokens.size(); i++) {
			String[] t = tokens.get(i);
			if (t[1].equals("OR") && !clauses.isEmpty() && i + 1 < tokens.size()) {
				String previous = clauses.remove(clauses.size() - 1);
				String[] next = tokens.get(++i);
				clauses.add("(" + previous + " or " + like(next[1], args) + ")");
				continue;
			}
			String c = like(t[1], args);
			clauses.add(t[0].equals("-") ? "not " + c : c);
		}
		return clauses.isEmpty() ? "1=1" : String.join(" and ", clauses);
	}

	private static String like(String term, List<Object> args) {
		String bare = term.replace("\"", "").replace("*", "").toLowerCase(Locale.ROOT);
		args.add("%" + bare.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		return "lower(a.text) like ?";
	}

	// ---------------------------------------------------------------- the report

	private String report(Map<String, Object> library, Samples httpClient, Samples httpServer, Map<String, Long> httpHits,
			Map<String, String> wrk, Map<String, String> raw, Samples inProcess, Samples engine, Samples like,
			Map<String, Long> hits, Map<String, Long> likeHits, ZonedDateTime started) throws IOException {
		StringBuilder r = new StringBuilder();
		r.append("# Podquote benchmark results").append(options.quick ? " (--quick)" : "").append("\n\n");
		r.append("| | |\n|---|---|\n");
		facts.forEach((k, v) -> r.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n"));
		r.append(String.format(Locale.ROOT, "| benchmark duration | %.1f min |%n",
				Duration.between(started, ZonedDateTime.now()).toSeconds() / 60.0));
		r.append("\n## Library\n\n| | |\n|---|---:|\n");
		library.forEach((k, v) -> r.append("| ").append(k).append(" | ").append(v instanceof Long l ? String.format(Locale.ROOT, "%,d", l) : v).append(" |\n"));
		r.append("| size of db/ | ").append(size(options.out.resolve("home/db"))).append(" |\n");
		r.append("| size of index/ | ").append(size(options.out.resolve("home/index"))).append(" |\n");
		if (library.get("appearances") instanceof Long n && n > 0) {
			r.append(String.format(Locale.ROOT, "| index bytes per quote | %,.0f |%n", bytes(options.out.resolve("home/index")) / (double) n));
			r.append(String.format(Locale.ROOT, "| db bytes per quote | %,.0f |%n", bytes(options.out.resolve("home/db")) / (double) n));
		}
		Path lengths = options.corpus.resolve("lengths.txt");
		if (Files.exists(lengths)) {
			r.append("\n").append(Files.readString(lengths));
		}

		r.append("\n## Search latency (ms), all ").append(queries.size()).append(" queries\n\n");
		r.append("| measured | samples | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
		row(r, "HTTP, client-measured (GET /search, whole page)", httpClient.all());
		row(r, "HTTP, server-side (Server-Timing: search;dur)", httpServer.all());
		row(r, "in-process QuoteSearch.search (wall: query, highlight, load 20 rows)", inProcess.all());
		row(r, "in-process, engine's own time (SearchPage.took)", engine.all());
		row(r, "SQL LIKE baseline (count + first 20 rows)", like.all());

		r.append("\n## Throughput (wrk)\n\n| | |\n|---|---|\n");
		wrk.forEach((k, v) -> r.append("| ").append(k).append(" | ").append(v).append(" |\n"));
		r.append(sideBySide(wrk, raw));

		double serverP50 = pct(httpServer.all(), 50);
		double serverP99 = pct(httpServer.all(), 99);
		double inP50 = pct(inProcess.all(), 50);
		double engineP50 = pct(engine.all(), 50);
		double likeP50 = pct(like.all(), 50);
		r.append("\n## Targets\n\n| target | measured | met |\n|---|---|---|\n");
		r.append(target("search p50 ≤ 10 ms server-side", fmt(serverP50) + " ms", serverP50 <= 10));
		r.append(target("search p99 ≤ 50 ms server-side", fmt(serverP99) + " ms", serverP99 <= 50));
		r.append(target("p50 ≥ 100× faster than LIKE (in-process wall)",
				String.format(Locale.ROOT, "%.0f× (%s ms vs %s ms)", likeP50 / inP50, fmt(inP50), fmt(likeP50)),
				likeP50 / inP50 >= 100));
		r.append(target("p50 ≥ 100× faster than LIKE (engine time)",
				String.format(Locale.ROOT, "%.0f× (%s ms vs %s ms)", likeP50 / engineP50, fmt(engineP50), fmt(likeP50)),
				likeP50 / engineP50 >= 100));
		for (String label : List.of("restart", "second restart")) {
			String restart = facts.get(label + ": process start to first search with results");
			double seconds = Double.parseDouble(restart.replaceAll(" s.*", ""));
			r.append(target("start answers search within 15 s (" + label + ")", restart, seconds <= 15));
		}
		r.append(firstVisitTargets());
		String wrkErrors = wrk.getOrDefault("page errors", "–") + " / " + wrk.getOrDefault("api errors", "–") + " / "
				+ wrk.getOrDefault("page-both errors", "–") + " / " + wrk.getOrDefault("api-both errors", "–");
		r.append(target("serving with -Xmx" + SERVER_HEAP
				+ " without errors (OutOfMemoryError, wrk errors page / API by words, page / API in the default mode)",
				facts.get("serving heap") + "; wrk errors " + wrkErrors,
				!facts.get("serving heap").contains("OutOfMemory") && wrkErrors.equals("– / – / – / –")));
		double rawRps = number(raw.get("searches/s"));
		double rawP50 = pct(rawLatencies, 50);
		double rawP99 = pct(rawLatencies, 99);
		double pageRps = number(wrk.get("page requests/s"));
		double apiRps = number(wrk.get("api requests/s"));
		double pageP50 = millis(wrk.get("page p50"));
		double pageP99 = millis(wrk.get("page p99"));
		r.append(target("search page throughput ≥ 0.6 × raw Lucene's", String.format(Locale.ROOT, "%.2f× (%.1f vs %.1f /s)",
				pageRps / rawRps, pageRps, rawRps), pageRps / rawRps >= 0.6));
		r.append(target("API throughput ≥ 0.75 × raw Lucene's", String.format(Locale.ROOT, "%.2f× (%.1f vs %.1f /s)",
				apiRps / rawRps, apiRps, rawRps), apiRps / rawRps >= 0.75));
		r.append(target("search page p50 ≤ 2 × raw Lucene's (16 connections / threads)", String.format(Locale.ROOT,
				"%.1f× (%s vs %s ms)", pageP50 / rawP50, fmt(pageP50), fmt(rawP50)), pageP50 / rawP50 <= 2));
		r.append(target("search page p99 ≤ 1.5 × raw Lucene's", String.format(Locale.ROOT, "%.1f× (%s vs %s ms)",
				pageP99 / rawP99, fmt(pageP99), fmt(rawP99)), pageP99 / rawP99 <= 1.5));
		Object appearances = library.get("appearances");
		double importSeconds = number(facts.getOrDefault("import wall time", "–").replace(" s", ""));
		if (appearances instanceof Long n && !Double.isNaN(importSeconds)) {
			Matcher clock = Pattern.compile("appearances in ([0-9.]+) s").matcher(facts.getOrDefault("import summary", ""));
			String own = clock.find() ? String.format(Locale.ROOT, "; %,.0f/s by the importer's clock (%s s)",
					n / Double.parseDouble(clock.group(1)), clock.group(1)) : "";
			r.append(target("import ≥ 10,000 quotes/s", String.format(Locale.ROOT, "%,.0f/s (%,d in %.1f s wall, JVM start included)%s",
					n / importSeconds, n, importSeconds, own), n / importSeconds >= 10_000));
		}

		r.append(firstVisits.markdown());

		r.append("\n## By kind of query (ms)\n\n| kind | queries | server p50 | server p99 | in-process p50 | in-process p99 | LIKE p50 |\n|---|---:|---:|---:|---:|---:|---:|\n");
		Map<String, List<Query>> kinds = new LinkedHashMap<>();
		queries.forEach(q -> kinds.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(q));
		kinds.forEach((kind, qs) -> {
			List<Double> s = new ArrayList<>();
			List<Double> i = new ArrayList<>();
			List<Double> l = new ArrayList<>();
			qs.forEach(q -> {
				s.addAll(httpServer.of(q.id()));
				i.addAll(inProcess.of(q.id()));
				l.addAll(like.of(q.id()));
			});
			r.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s |%n", kind, qs.size(), fmt(pct(s, 50)),
					fmt(pct(s, 99)), fmt(pct(i, 50)), fmt(pct(i, 99)), fmt(pct(l, 50))));
		});

		r.append("\n## By query\n\nHits: the search's total (in-process, with filters; from 10,000 an estimate from the sample) / what the HTTP page reported (\"about N\" rounded) / raw Lucene's exact count / the LIKE count "
				+ "(LIKE matches substrings and no stems, so its counts differ). Times are medians in ms.\n\n");
		r.append("| id | kind | query | filters | hits search | hits HTTP | hits raw Lucene | hits LIKE | server p50 | in-process p50 | raw Lucene p50 (16 threads) | LIKE p50 | speed-up |\n");
		r.append("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		boolean filtersIgnored = false;
		for (Query q : queries) {
			double ip = pct(inProcess.of(q.id()), 50);
			double lp = pct(like.of(q.id()), 50);
			long h = hits.getOrDefault(q.id(), -1L);
			long hh = httpHits.getOrDefault(q.id(), -1L);
			if (!q.filters().isEmpty() && h != hh) {
				filtersIgnored = true;
			}
			r.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %s | %,d | %,d | %,d | %,d | %s | %s | %s | %s | %.0f× |%n", q.id(), q.kind(),
					q.text(), q.filters().isEmpty() ? "" : "`" + q.filters() + "`", h, hh, rawHits.getOrDefault(q.id(), -1L),
					likeHits.getOrDefault(q.id(), -1L), fmt(pct(httpServer.of(q.id()), 50)), fmt(ip),
					fmt(pct(rawSamples.of(q.id()), 50)), fmt(lp), lp / ip));
		}
		if (filtersIgnored) {
			notes.add("/search does not apply the speaker= and podcast= filters yet (its hit counts for the filtered queries "
					+ "differ from QuoteSearch's): over HTTP and in wrk those queries ran unfiltered; the in-process run "
					+ "used SearchQuery's speaker and podcast fields.");
		}
		r.append("\n## Notes\n\n");
		notes.forEach(n -> r.append("- ").append(n).append('\n'));
		return r.toString();
	}

	/** The rows of issue 12 item 4: every page of the largest person, and of the largest show, within 100 ms on its first visit. */
	private String firstVisitTargets() {
		String ok = firstVisits.allOk() ? "" : "; not every page answered 200";
		double person = firstVisits.slowestSpeakerPage();
		double show = firstVisits.slowestShowPage();
		return target("every page of the largest speaker ≤ 100 ms on first visit (" + firstVisits.speaker + ", "
				+ firstVisits.speakerVisits.size() + " pages)", "slowest " + fmt(person) + " ms" + ok,
				person <= FirstVisits.TARGET_MS && firstVisits.allOk())
				+ target("every page of the largest show ≤ 100 ms on first visit (" + firstVisits.podcast + ", "
						+ firstVisits.showVisits.size() + " pages)", "slowest " + fmt(show) + " ms" + ok,
						show <= FirstVisits.TARGET_MS && firstVisits.allOk());
	}

	/** The page and the API under wrk beside the raw-Lucene limit, as ratios to it. */
	private String sideBySide(Map<String, String> wrk, Map<String, String> raw) {
		if (raw.isEmpty()) {
			return "";
		}
		StringBuilder r = new StringBuilder();
		double rawRps = number(raw.get("searches/s"));
		double rawP50 = pct(rawLatencies, 50);
		double rawP99 = pct(rawLatencies, 99);
		r.append("\n## Beside the limit: raw Lucene on the same index, ").append(options.wrkConnections)
			.append(" threads, ").append(options.wrkSeconds).append(" s\n\n");
		r.append("Raw Lucene: the app's index files opened read-only, the same queries parsed and analyzed by the app's own "
				+ "parser and analyzers, exact counts, the top 20 with their stored text highlighted, speaker and podcast counts "
				+ "over all hits (`org.podquote.search.RawLucene`). Latencies are per search (raw) or per request (wrk).\n\n");
		r.append("| | per second | × raw | p50 (ms) | × raw | p90 (ms) | p99 (ms) | × raw |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
		r.append(String.format(Locale.ROOT, "| raw Lucene + facets | %.1f | 1 | %s | 1 | %s | %s | 1 |%n", rawRps, fmt(rawP50),
				fmt(pct(rawLatencies, 90)), fmt(rawP99)));
		for (String kind : List.of("page", "api", "page-both", "api-both")) {
			if (!wrk.containsKey(kind + " requests/s")) {
				continue;
			}
			double rps = number(wrk.get(kind + " requests/s"));
			double p50 = millis(wrk.get(kind + " p50"));
			double p90 = millis(wrk.get(kind + " p90"));
			double p99 = millis(wrk.get(kind + " p99"));
			r.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %s | %.1f | %s | %s | %.1f |%n",
					switch (kind) {
						case "page" -> "search page, by words (GET /search?mode=words)";
						case "api" -> "API, by words (GET /api/v1/search?mode=words)";
						case "page-both" -> "search page, default mode: words and meaning (GET /search)";
						default -> "API, default mode: words and meaning (GET /api/v1/search)";
					}, rps, rps / rawRps,
					fmt(p50), p50 / rawP50, fmt(p90), fmt(p99), p99 / rawP99));
		}
		return r.toString();
	}

	private static double number(String value) {
		try {
			return Double.parseDouble(value.replace(",", ""));
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

	/** A wrk latency ("131.55ms", "1.31s", "870.00us") in milliseconds. */
	static double millis(String value) {
		Matcher m = Pattern.compile("([0-9.]+)(us|ms|s|m)").matcher(value == null ? "" : value);
		if (!m.matches()) {
			return Double.NaN;
		}
		double v = Double.parseDouble(m.group(1));
		return switch (m.group(2)) {
			case "us" -> v / 1000;
			case "s" -> v * 1000;
			case "m" -> v * 60_000;
			default -> v;
		};
	}

	private static String target(String name, String measured, boolean met) {
		return "| " + name + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n";
	}

	private static void row(StringBuilder r, String name, List<Double> samples) {
		r.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s |%n", name, samples.size(), fmt(pct(samples, 50)),
				fmt(pct(samples, 95)), fmt(pct(samples, 99)), fmt(pct(samples, 100))));
	}

	/** Nearest-rank percentile. */
	static double pct(List<Double> samples, double p) {
		if (samples.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(samples);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

	static String fmt(double ms) {
		if (Double.isNaN(ms)) {
			return "–";
		}
		return ms >= 100 ? String.format(Locale.ROOT, "%,.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
	}

	// ---------------------------------------------------------------- heap from GC logs

	record Heap(double peakBeforeMb, double maxAfterMb, double maxCommittedMb, int collections, boolean oom) {

		String describe() {
			return String.format(Locale.ROOT, "peak used %,.0f MB (largest heap-before-GC), live set up to %,.0f MB "
					+ "(largest heap-after-GC), committed up to %,.0f MB, %d collections%s", peakBeforeMb, maxAfterMb,
					maxCommittedMb, collections, oom ? ", OutOfMemoryError" : "");
		}

	}

	/** Deletes a GC log and the rotated copies of earlier runs, so that the log read afterwards is this run's alone. */
	static Path freshGcLog(Path gcLog) throws IOException {
		try (Stream<Path> siblings = Files.list(gcLog.getParent())) {
			for (Path p : siblings.filter(p -> p.getFileName().toString().matches(Pattern.quote(gcLog.getFileName().toString()) + "(\\.\\d+)?")).toList()) {
				Files.delete(p);
			}
		}
		return gcLog;
	}

	static Heap heap(Path gcLog) throws IOException {
		double before = 0;
		double after = 0;
		double committed = 0;
		int count = 0;
		boolean oom = false;
		// only this run's file: freshGcLog removed the files of earlier runs, which -Xlog would have rotated to .0, .1, ...
		for (Path log : List.of(gcLog)) {
			for (String line : Files.readAllLines(log)) {
				if (line.contains("OutOfMemory")) {
					oom = true;
				}
				Matcher m = GC_LINE.matcher(line);
				if (m.find()) {
					count++;
					before = Math.max(before, mb(m.group(1), m.group(2)));
					after = Math.max(after, mb(m.group(3), m.group(4)));
					committed = Math.max(committed, mb(m.group(5), m.group(6)));
				}
			}
		}
		return new Heap(before, after, committed, count, oom);
	}

	private static double mb(String value, String unit) {
		double v = Double.parseDouble(value);
		return switch (unit) {
			case "K" -> v / 1024;
			case "G" -> v * 1024;
			default -> v;
		};
	}

	// ---------------------------------------------------------------- small things

	static List<Query> readQueries(Path file) throws IOException {
		List<Query> list = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
				continue;
			}
			String[] f = line.split("\t");
			list.add(new Query(f[0], f[1], f[2], f[3].equals("-") ? null : f[3], f[4].equals("-") ? null : f[4]));
		}
		return list;
	}

	private void writeSamples(String name, Samples samples) throws IOException {
		StringBuilder csv = new StringBuilder("query,ms\n");
		samples.byQuery.forEach((id, list) -> list.forEach(ms -> csv.append(id).append(',').append(String.format(Locale.ROOT, "%.3f", ms)).append('\n')));
		Files.writeString(options.out.resolve("samples-" + name + ".csv"), csv);
	}

	private static String find(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		return m.find() ? m.group(1) : "–";
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** User + system CPU time of a live process, from /proc; -1 when unknown. */
	static double cpuSeconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// fields 14 and 15 of stat (utime, stime), in clock ticks of 1/100 s
			return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	private static String loadAverage() {
		try {
			String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return f[0] + " " + f[1] + " " + f[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static long bytes(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static String size(Path folder) {
		if (!Files.exists(folder)) {
			return "–";
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			long bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
			return String.format(Locale.ROOT, "%,.0f MB", bytes / 1024.0 / 1024.0);
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private void say(String line) {
		String stamped = "[" + java.time.LocalTime.now().withNano(0) + "] " + line;
		System.out.println(stamped);
		log.append(stamped).append('\n');
	}

}
