package org.podquote.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.podquote.PodquoteApplication;
import org.podquote.appearance.Appearance;
import org.podquote.search.QuoteSearch;
import org.podquote.search.RawLucene;
import org.podquote.search.SearchQuery;
import org.podquote.search.meaning.Embedder;
import org.podquote.search.meaning.QuoteEmbedding;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The costs of search by meaning on a library already imported (docs/BENCHMARKS.md, "Search by
 * meaning: costs"): the model's throughput, alone and end to end (embed, write, index); the index
 * bytes of the vectors; and search latency by mode. Embedding a whole large library takes hours on
 * two cores, so with {@code --fill} the quotes not embedded get a stand-in: the embedding of a
 * random embedded quote with noise (cosine about 0.8 to it), written by SQL and indexed by one mass
 * reindex, so that the HNSW graph has the library's size; the queries are then embedded for real.
 * <pre>
 * java -cp target/bench-classes:target/classes:$(cat target/bench/classpath.txt) org.podquote.bench.MeaningBench \
 *   --home=DIR [--sample=3000] [--relevance[=PODCAST]] [--fill] [--rounds=5] [--out=target/bench/meaning.md]
 * </pre>
 * {@code --relevance} scores the committed relevance set ({@code src/test/resources/relevance/gotime-meaning.tsv})
 * on the library as it is, before any stand-in is written: recall@10 and MRR per mode over the whole
 * library and, with {@code =PODCAST} (a podcast's slug, such as {@code gotime}), within that show too.
 * Run it on a library whose quotes are embedded for real (the {@code embed} command).
 */
public final class MeaningBench {

	private MeaningBench() {
	}

	public static void main(String[] args) throws Exception {
		String home = arg(args, "home", null);
		int sample = Integer.parseInt(arg(args, "sample", "3000"));
		int rounds = Integer.parseInt(arg(args, "rounds", "5"));
		boolean fill = List.of(args).contains("--fill");
		Path out = Path.of(arg(args, "out", "target/bench/meaning.md"));
		StringBuilder report = new StringBuilder("#### Search by meaning (MeaningBench)\n\n");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PodquoteApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			// as arguments, which stand over application.properties (default properties would not)
			.run("--podquote.home=" + home, "--podquote.seed=false", "--podquote.meaning.backfill=false",
					"--podquote.warm-up=false", "--logging.level.root=warn")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			QuoteEmbedding embedding = context.getBean(QuoteEmbedding.class);
			Embedder embedder = context.getBean(Embedder.class);
			QuoteSearch search = context.getBean(QuoteSearch.class);
			long quotes = count(jdbc, "select count(*) from appearance");
			report.append(String.format(Locale.ROOT, "Library: %,d quotes, %d cores.%n%n", quotes,
					Runtime.getRuntime().availableProcessors()));

			// the model alone, on 500 quote texts
			List<String> texts = jdbc.queryForList("select text from appearance order by id limit 500", String.class);
			embedder.embed("warm up");
			long t = System.nanoTime();
			texts.forEach(embedder::embed);
			double oneThread = texts.size() / seconds(t);
			t = System.nanoTime();
			embedder.embedOnAllCores(texts);
			double allCores = texts.size() / seconds(t);
			double chars = texts.stream().mapToInt(String::length).average().orElse(0);
			report.append(String.format(Locale.ROOT,
					"| embedding | quotes/s |%n|---|---:|%n| the model alone, 1 thread (500 quotes, %.0f characters on average) | %.0f |%n"
							+ "| the model alone, every core | %.0f |%n",
					chars, oneThread, allCores));

			// end to end: embed, write the column, update the index (what the background embedder does)
			long before = count(jdbc, "select count(*) from appearance where meaning is not null");
			t = System.nanoTime();
			long done = 0;
			while (done < sample) {
				int n = embedding.embedNext(256, true);
				if (n == 0) {
					break;
				}
				done += n;
			}
			double endToEnd = done / seconds(t);
			report.append(done == 0 ? "\n" : String.format(Locale.ROOT,
					"| end to end on every core: embed, write, index (%,d quotes) | %.0f |%n%n", done, endToEnd));
			long embedded = count(jdbc, "select count(*) from appearance where meaning is not null");
			report.append(String.format(Locale.ROOT, "Embedded for real: %,d quotes (%,d before this run).%n%n", embedded,
					before));

			String relevance = arg(args, "relevance", "");
			if (List.of(args).contains("--relevance") || !relevance.isEmpty()) {
				relevance(report, search, jdbc, null);
				if (!relevance.isEmpty()) {
					relevance(report, search, jdbc, relevance);
				}
			}

			if (fill && embedded < quotes) {
				t = System.nanoTime();
				long filled = fill(jdbc, embedded);
				double fillSeconds = seconds(t);
				t = System.nanoTime();
				Search.mapping(context.getBean(EntityManagerFactory.class))
					.scope(Appearance.class)
					.massIndexer()
					.threadsToLoadObjects(2)
					.batchSizeToLoadObjects(500)
					.startAndWait();
				report.append(String.format(Locale.ROOT,
						"Stand-ins: %,d quotes given a noisy copy of a real embedding (%.0f s by SQL); the mass reindex with "
								+ "every vector took %.0f s.%n%n",
						filled, fillSeconds, seconds(t)));
			}
			vectorBytes(report, Path.of(home, "index"), count(jdbc, "select count(*) from appearance where meaning is not null"));
			latency(report, search, embedder, rounds, Path.of(home, "index"));
		}
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, report);
		System.out.print(report);
	}

	private static final int TOP = 10;

	/** One line of the relevance set: its kind, the episode file, a piece of the expected quote, the query. */
	private record Case(String kind, String episode, String expected, String query) {
	}

	private static void relevance(StringBuilder report, QuoteSearch search, JdbcTemplate jdbc, String podcast)
			throws IOException {
		List<Case> cases = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/relevance/gotime-meaning.tsv"))) {
			String[] cells = line.split("\t");
			if (!line.isBlank() && !line.startsWith("#") && cells.length == 4) {
				cases.add(new Case(cells[0], cells[1], cells[2], cells[3]));
			}
		}
		long present = cases.stream()
			.filter(c -> count(jdbc, "select count(*) from appearance where meaning is not null and text like '%"
					+ c.expected().replace("'", "''") + "%'") > 0)
			.count();
		long scope = podcast == null ? count(jdbc, "select count(*) from appearance where meaning is not null")
				: count(jdbc, "select count(*) from appearance a join episode e on e.id = a.episode_id join podcast p "
						+ "on p.id = e.podcast_id where a.meaning is not null and p.slug = '" + podcast.replace("'", "''") + "'");
		report.append(String.format(Locale.ROOT,
				"Relevance set %s: %,d embedded quotes searched; %d of the %d expected quotes are in the library and embedded.%n%n"
						+ "| queries | mode | recall@10 | MRR |%n|---|---|---:|---:|%n",
				podcast == null ? "over the whole library" : "within the podcast " + podcast, scope, present, cases.size()));
		for (String kind : List.of("paraphrase", "words")) {
			List<Case> these = cases.stream().filter(c -> c.kind().equals(kind)).toList();
			for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
				double found = 0;
				double reciprocal = 0;
				for (Case c : these) {
					var hits = search.search(new SearchQuery(c.query(), null, podcast, null, null, null, null, 0, TOP, false, mode))
						.hits();
					for (int i = 0; i < hits.size(); i++) {
						if (hits.get(i).quote().text().contains(c.expected())) {
							found++;
							reciprocal += 1.0 / (i + 1);
							break;
						}
					}
				}
				report.append(String.format(Locale.ROOT, "| %d %s | %s | %.2f | %.2f |%n", these.size(),
						kind.equals("paraphrase") ? "paraphrases" : "word and phrase queries", mode.name().toLowerCase(Locale.ROOT),
						found / these.size(), reciprocal / these.size()));
			}
		}
		report.append('\n');
	}

	private static long fill(JdbcTemplate jdbc, long embedded) {
		List<byte[]> real = jdbc.queryForList("select meaning from appearance where meaning is not null order by id limit 5000",
				byte[].class);
		List<Long> ids = jdbc.queryForList("select id from appearance where meaning is null", Long.class);
		Random random = new Random(20260101);
		List<Object[]> batch = new ArrayList<>();
		for (long id : ids) {
			byte[] source = real.get(random.nextInt(real.size()));
			float[] noisy = new float[source.length];
			for (int i = 0; i < source.length; i++) {
				noisy[i] = source[i] + (float) random.nextGaussian() * 25;
			}
			float max = 0;
			for (float v : noisy) {
				max = Math.max(max, Math.abs(v));
			}
			byte[] vector = new byte[source.length];
			for (int i = 0; i < source.length; i++) {
				vector[i] = (byte) Math.round(noisy[i] * 127 / max);
			}
			batch.add(new Object[] { vector, id });
			if (batch.size() == 2000) {
				jdbc.batchUpdate("update appearance set meaning = ? where id = ?", batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			jdbc.batchUpdate("update appearance set meaning = ? where id = ?", batch);
		}
		return ids.size();
	}

	/** Lucene's vector files: .vec (the vectors), .vex (the HNSW graph), .vem (their metadata). */
	private static void vectorBytes(StringBuilder report, Path index, long vectors) throws IOException {
		if (!Files.isDirectory(index)) {
			return;
		}
		long vec = 0;
		long all = 0;
		try (Stream<Path> files = Files.walk(index)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				long size = Files.size(file);
				all += size;
				String name = file.getFileName().toString();
				if (name.endsWith(".vec") || name.endsWith(".vex") || name.endsWith(".vem")) {
					vec += size;
				}
			}
		}
		report.append(String.format(Locale.ROOT,
				"Index: %,d bytes in all; the vector files %,d bytes for %,d vectors: %.0f bytes per quote "
						+ "(database: 384 bytes per quote in appearance.meaning).%n%n",
				all, vec, vectors, vectors == 0 ? 0 : (double) vec / vectors));
	}

	private static void latency(StringBuilder report, QuoteSearch search, Embedder embedder, int rounds, Path index)
			throws IOException {
		List<String> queries = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("bench/queries.tsv"))) {
			String[] cells = line.split("\t");
			if (!line.startsWith("#") && !line.startsWith("id\t") && cells.length >= 3 && cells[3].equals("-")
					&& cells[4].equals("-")) {
				queries.add(cells[2]);
			}
		}
		int words = queries.size();
		for (String line : Files.readAllLines(Path.of("src/test/resources/relevance/gotime-meaning.tsv"))) {
			String[] cells = line.split("\t");
			if (cells.length == 4 && cells[0].equals("paraphrase")) {
				queries.add(cells[3]);
			}
		}
		report.append(String.format(Locale.ROOT,
				"Search latency in the app (ms; QuoteSearch.search, first page of 20 with facets, as the search page asks; "
						+ "%d word queries of bench/queries.tsv and %d paraphrases of the relevance set, %d rounds in shuffled order "
						+ "after one unmeasured round):%n%n| mode | samples | p50 | p90 | p99 | max |%n|---|---:|---:|---:|---:|---:|%n",
				words, queries.size() - words, rounds));
		List<Double> embeds = new ArrayList<>();
		for (String q : queries) {
			long t = System.nanoTime();
			embedder.embed(q);
			embeds.add(ms(t));
		}
		for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
			List<Double> samples = timed(queries, rounds,
					List.of(q -> search.search(new SearchQuery(q, null, null, null, null, null, null, 0, 20, true, mode))))
				.get(0);
			report.append(row(mode.name().toLowerCase(Locale.ROOT), samples));
		}
		report.append(row("(embedding the query alone)", embeds));
		raw(report, queries, embedder, rounds, index);
		report.append('\n');
	}

	/**
	 * The baselines beside the app's modes, on the same index files and queries, in the same rounds:
	 * raw Lucene's word search (RawLucene: exact counts, the top 20 highlighted, facets over all hits)
	 * and its kNN query for the query's vector (the nearest the meaning mode asks for, their text and
	 * facets); the query vectors are embedded beforehand, so this row is the engine's part alone.
	 */
	private static void raw(StringBuilder report, List<String> queries, Embedder embedder, int rounds, Path index)
			throws IOException {
		if (!Files.isDirectory(index)) {
			return;
		}
		Map<String, byte[]> vectors = new HashMap<>();
		queries.forEach(q -> vectors.put(q, embedder.embed(q)));
		try (RawLucene lucene = new RawLucene(index)) {
			List<List<Double>> samples = timed(queries, rounds,
					List.of(q -> lucene.search(q, null, null), q -> lucene.nearest(vectors.get(q))));
			report.append(row("raw Lucene: the word search (RawLucene, same queries)", samples.get(0)));
			report.append(row("raw Lucene: the kNN query alone (the 100 nearest, top 20 and facets)", samples.get(1)));
		}
	}

	/** A search that may throw the index's IOException. */
	private interface Timed {
		void run(String query) throws IOException;
	}

	/**
	 * Runs each query through every action in turn, in {@code rounds} rounds of a shuffled order (the
	 * same orders for every call) after one unmeasured round; the wall time of each run, by action.
	 */
	private static List<List<Double>> timed(List<String> queries, int rounds, List<Timed> actions) throws IOException {
		List<List<Double>> samples = new ArrayList<>();
		actions.forEach(a -> samples.add(new ArrayList<>()));
		Random random = new Random(7);
		for (int round = 0; round <= rounds; round++) {
			List<String> order = new ArrayList<>(queries);
			Collections.shuffle(order, random);
			for (String q : order) {
				for (int i = 0; i < actions.size(); i++) {
					long t = System.nanoTime();
					actions.get(i).run(q);
					if (round > 0) {
						samples.get(i).add(ms(t));
					}
				}
			}
		}
		return samples;
	}

	private static String row(String name, List<Double> samples) {
		List<Double> sorted = new ArrayList<>(samples);
		Collections.sort(sorted);
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", name, sorted.size(), pct(sorted, 50),
				pct(sorted, 90), pct(sorted, 99), sorted.get(sorted.size() - 1));
	}

	private static double pct(List<Double> sorted, double p) {
		return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1));
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		Long n = jdbc.queryForObject(sql, Long.class);
		return n == null ? 0 : n;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static double ms(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	private static String arg(String[] args, String name, String fallback) {
		for (String a : args) {
			if (a.startsWith("--" + name + "=")) {
				return a.substring(name.length() + 3);
			}
		}
		if (fallback == null) {
			throw new IllegalArgumentException("--" + name + "= is required");
		}
		return fallback;
	}

}
