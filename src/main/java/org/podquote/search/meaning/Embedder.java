package org.podquote.search.meaning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * Sentence embeddings of quotes and queries: all-MiniLM-L6-v2 quantized to int8, which ships inside
 * its Maven artifact and runs in this process on ONNX Runtime, so nothing is fetched and no service
 * is called. Its 384 unit-length floats are kept as 384 signed bytes, each component scaled by the
 * vector's largest one ({@link #quantize}): a quarter of the floats' size, and since the index
 * compares by cosine, which the scale does not change, nothing else is needed to compare them.
 * <p>
 * One ONNX session, each run on one thread of its own and without spinning, so that the threads
 * that embed are exactly the cores it takes: the web app's background embedder takes one
 * ({@code podquote.meaning.threads}), the {@code embed} command all. The model is loaded on first
 * use (about a second, 25 MB).
 */
@Component
public class Embedder {

	public static final int DIMENSIONS = 384;

	private static final String MODEL = "all-minilm-l6-v2-q.onnx";

	private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

	private final int backgroundThreads;

	private OnnxBertBiEncoder encoder;

	private ExecutorService background;

	private ExecutorService all;

	Embedder(MeaningProperties properties) {
		this.backgroundThreads = Math.max(1, properties.threads());
	}

	/** The meaning of a query or a quote, on the caller's thread. */
	public byte[] embed(String text) {
		return quantize(model(Runnable::run).embed(text).content().vector());
	}

	/** The meanings of many texts, in their order, on {@code podquote.meaning.threads} threads. */
	public List<byte[]> embedInBackground(List<String> texts) {
		return embedAll(texts, executor(false));
	}

	/** The meanings of many texts, in their order, on every core. */
	public List<byte[]> embedOnAllCores(List<String> texts) {
		return embedAll(texts, executor(true));
	}

	private List<byte[]> embedAll(List<String> texts, Executor executor) {
		List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
		List<Embedding> embeddings = model(executor).embedAll(segments).content();
		List<byte[]> vectors = new ArrayList<>(embeddings.size());
		embeddings.forEach(e -> vectors.add(quantize(e.vector())));
		return vectors;
	}

	private synchronized ExecutorService executor(boolean allCores) {
		if (allCores) {
			if (all == null) {
				all = pool("embedder", Runtime.getRuntime().availableProcessors());
			}
			return all;
		}
		if (background == null) {
			background = pool("embedder-background", backgroundThreads);
		}
		return background;
	}

	private static ExecutorService pool(String name, int threads) {
		AtomicInteger count = new AtomicInteger();
		return Executors.newFixedThreadPool(threads, r -> {
			Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	private Model model(Executor executor) {
		return new Model(executor, encoder());
	}

	private synchronized OnnxBertBiEncoder encoder() {
		if (encoder == null) {
			ClassLoader loader = AbstractInProcessEmbeddingModel.class.getClassLoader();
			try (InputStream model = loader.getResourceAsStream(MODEL);
					InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
				if (model == null || tokenizer == null) {
					throw new IllegalStateException("the embedding model is missing from the class path: " + MODEL);
				}
				OrtEnvironment environment = OrtEnvironment.getEnvironment();
				OrtSession.SessionOptions options = new OrtSession.SessionOptions();
				options.setIntraOpNumThreads(1);
				options.setInterOpNumThreads(1);
				options.addConfigEntry("session.intra_op.allow_spinning", "0");
				OrtSession session = environment.createSession(model.readAllBytes(), options);
				encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (OrtException ex) {
				throw new IllegalStateException("the embedding model could not be loaded: " + ex.getMessage(), ex);
			}
		}
		return encoder;
	}

	/** Each component scaled so that the largest is ±127. */
	static byte[] quantize(float[] vector) {
		float max = 0;
		for (float v : vector) {
			max = Math.max(max, Math.abs(v));
		}
		byte[] bytes = new byte[vector.length];
		if (max == 0) {
			return bytes;
		}
		float scale = 127f / max;
		for (int i = 0; i < vector.length; i++) {
			bytes[i] = (byte) Math.round(vector[i] * scale);
		}
		return bytes;
	}

	/** The mean direction of several quantized vectors, quantized again. */
	public static byte[] centroid(List<byte[]> vectors) {
		float[] sum = new float[DIMENSIONS];
		for (byte[] vector : vectors) {
			double norm = 0;
			for (byte b : vector) {
				norm += b * b;
			}
			double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
			for (int i = 0; i < DIMENSIONS; i++) {
				sum[i] += (float) (vector[i] * scale);
			}
		}
		return quantize(sum);
	}

	/** The cosine of two quantized vectors, from -1 to 1. */
	public static double cosine(byte[] a, byte[] b) {
		long dot = 0;
		long aa = 0;
		long bb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			aa += a[i] * a[i];
			bb += b[i] * b[i];
		}
		return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt((double) aa * bb);
	}

	@PreDestroy
	synchronized void close() {
		if (background != null) {
			background.shutdownNow();
		}
		if (all != null) {
			all.shutdownNow();
		}
	}

	/** langchain4j's in-process model on our session and our threads. */
	private static final class Model extends AbstractInProcessEmbeddingModel {

		private final OnnxBertBiEncoder encoder;

		Model(Executor executor, OnnxBertBiEncoder encoder) {
			super(executor);
			this.encoder = encoder;
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return encoder;
		}

		@Override
		protected Integer knownDimension() {
			return DIMENSIONS;
		}

	}

}
