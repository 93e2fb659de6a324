package org.podquote.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The nearest-neighbour part of search by meaning at the size of the Changelog library and of the
 * benchmark's million, on Lucene alone (the field Hibernate Search maps: 384 bytes, cosine, HNSW
 * with M 16 and beam 100, the defaults of both): builds an index of {@code --size} vectors, each a
 * real embedding of a Go Time quote (the first {@code --real} passages of the transcripts, embedded
 * here) or, past those, a noisy copy of one (cosine about 0.8 to it), then times kNN queries (k =
 * 100, as the search asks) for the real embeddings of the relevance set's paraphrases and the
 * benchmark's queries, unfiltered and filtered to one show in seven.
 * <pre>
 * java -Xmx2g -cp target/bench-classes:target/classes:$(cat target/bench/classpath.txt) org.podquote.bench.MeaningKnnBench \
 *   --size=445730 [--real=2000] [--rounds=5] [--dir=target/bench/knn] [--gotime=../shared/data/changelog-transcripts/gotime]
 * </pre>
 */
public final class MeaningKnnBench {

	private MeaningKnnBench() {
	}

	public static void main(String[] args) throws Exception {
		int size = Integer.parseInt(arg(args, "size", "445730"));
		int realCount = Integer.parseInt(arg(args, "real", "2000"));
		int rounds = Integer.parseInt(arg(args, "rounds", "5"));
		Path dir = Path.of(arg(args, "dir", "target/bench/knn-" + size));
		Path gotime = Path.of(arg(args, "gotime", "../shared/data/changelog-transcripts/gotime"));

		AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(gotime)) {
			for (Path file : files.sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					String text = line.replaceFirst("^\\*\\*[^*]+:\\*\\*\\s*", "").strip();
					if (text.length() > 20 && texts.size() < realCount) {
						texts.add(text);
					}
				}
				if (texts.size() >= realCount) {
					break;
				}
			}
		}
		long t = System.nanoTime();
		List<byte[]> real = new ArrayList<>();
		for (String text : texts) {
			real.add(quantize(model.embed(text).content().vector()));
		}
		double embedSeconds = seconds(t);
		List<byte[]> queries = new ArrayList<>();
		for (String q : queries()) {
			queries.add(quantize(model.embed(TextSegment.from(q)).content().vector()));
		}

		deleteRecursively(dir);
		Random random = new Random(20260101);
		t = System.nanoTime();
		// the build runs on this thread (one segment, no merges): its CPU time is the graph's cost even on a busy machine
		long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		try (FSDirectory directory = FSDirectory.open(dir);
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(256).setUseCompoundFile(false))) {
			for (int i = 0; i < size; i++) {
				byte[] vector = i < real.size() ? real.get(i) : noisy(real.get(random.nextInt(real.size())), random);
				Document doc = new Document();
				doc.add(new KnnByteVectorField("meaning", vector, VectorSimilarityFunction.COSINE));
				doc.add(new StringField("show", "s" + (i % 7), Field.Store.NO));
				writer.addDocument(doc);
			}
			writer.commit();
		}
		double buildSeconds = seconds(t);
		double buildCpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e6;
		long vectorBytes = 0;
		long allBytes = 0;
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.toList()) {
				long bytes = Files.size(file);
				allBytes += bytes;
				String name = file.getFileName().toString();
				if (name.endsWith(".vec") || name.endsWith(".vex") || name.endsWith(".vem")) {
					vectorBytes += bytes;
				}
			}
		}

		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT,
				"kNN on Lucene alone: %,d vectors (%,d real embeddings of Go Time passages, embedded at %.0f/s on one thread; "
						+ "the rest noisy copies), built in %.0f s (%,.0f vectors/s; %.2f CPU-ms per vector on the building thread, %s); "
						+ "%,d bytes on disk, %.0f bytes per vector (vectors and HNSW graph).%n%n",
				size, real.size(), real.size() / embedSeconds, buildSeconds, size / buildSeconds, buildCpuMs / size,
				"Java " + Runtime.version() + (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
						? " with the incubating vector module (Lucene's SIMD code on Java 20+)" : " without the vector module (Lucene's scalar code)"), allBytes,
				(double) vectorBytes / size));
		try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			report.append(String.format(Locale.ROOT, "%d segments. Query latency (ms), %d queries × %d rounds after one unmeasured:%n%n"
					+ "| kNN, k = 100 | samples | p50 | p90 | p99 | max |%n|---|---:|---:|---:|---:|---:|%n",
					reader.leaves().size(), queries.size(), rounds));
			for (boolean filtered : List.of(false, true)) {
				List<Double> samples = new ArrayList<>();
				Random order = new Random(7);
				for (int round = 0; round <= rounds; round++) {
					List<byte[]> shuffled = new ArrayList<>(queries);
					Collections.shuffle(shuffled, order);
					for (byte[] q : shuffled) {
						long start = System.nanoTime();
						searcher.search(filtered ? new KnnByteVectorQuery("meaning", q, 100, new TermQuery(new Term("show", "s3")))
								: new KnnByteVectorQuery("meaning", q, 100), 100);
						if (round > 0) {
							samples.add((System.nanoTime() - start) / 1e6);
						}
					}
				}
				Collections.sort(samples);
				report.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n",
						filtered ? "filtered to one show in seven" : "unfiltered", samples.size(), pct(samples, 50),
						pct(samples, 90), pct(samples, 99), samples.get(samples.size() - 1)));
			}
		}
		System.out.print(report);
		Path out = dir.resolveSibling("knn-" + size + ".md");
		Files.writeString(out, report);
		deleteRecursively(dir);
	}

	private static List<String> queries() throws IOException {
		List<String> queries = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/relevance/gotime-meaning.tsv"))) {
			String[] cells = line.split("\t");
			if (cells.length == 4 && !line.startsWith("#")) {
				queries.add(cells[3]);
			}
		}
		for (String line : Files.readAllLines(Path.of("bench/queries.tsv"))) {
			String[] cells = line.split("\t");
			if (!line.startsWith("#") && !line.startsWith("id\t") && cells.length >= 3) {
				queries.add(cells[2]);
			}
		}
		return queries;
	}

	private static byte[] noisy(byte[] source, Random random) {
		float[] v = new float[source.length];
		for (int i = 0; i < v.length; i++) {
			v[i] = source[i] + (float) random.nextGaussian() * 25;
		}
		return quantize(v);
	}

	private static byte[] quantize(float[] vector) {
		float max = 0;
		for (float x : vector) {
			max = Math.max(max, Math.abs(x));
		}
		byte[] bytes = new byte[vector.length];
		for (int i = 0; i < vector.length; i++) {
			bytes[i] = (byte) Math.round(vector[i] * 127 / max);
		}
		return bytes;
	}

	private static double pct(List<Double> sorted, double p) {
		return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1));
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}

	private static String arg(String[] args, String name, String fallback) {
		for (String a : args) {
			if (a.startsWith("--" + name + "=")) {
				return a.substring(name.length() + 3);
			}
		}
		return fallback;
	}

}
