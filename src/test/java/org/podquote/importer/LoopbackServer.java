package org.podquote.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/**
 * Serves files on 127.0.0.1 (or another loopback address) at a free port, so that feed imports
 * run without the internet: the body of a path is whatever {@code files} gives for it, and 404 when
 * it gives nothing, unless {@link #redirect} sends it elsewhere. Loopback is refused to fetches
 * unless {@code podquote.fetch.allowed-hosts} names it: a test that fetches from here allows it.
 */
final class LoopbackServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService handlers = Executors.newFixedThreadPool(4);

	private final List<String> requested = new CopyOnWriteArrayList<>();

	private final Map<String, String> redirects = new ConcurrentHashMap<>();

	LoopbackServer(Function<String, Optional<byte[]>> files) throws IOException {
		this("127.0.0.1", files);
	}

	LoopbackServer(String address, Function<String, Optional<byte[]>> files) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(address, 0), 0);
		this.server.setExecutor(this.handlers);
		this.server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			this.requested.add(path);
			String location = this.redirects.get(path);
			if (location != null) {
				exchange.getResponseHeaders().set("Location", location);
				exchange.sendResponseHeaders(302, -1);
				exchange.close();
				return;
			}
			Optional<byte[]> body = files.apply(path);
			byte[] bytes = body.orElse("not found".getBytes());
			exchange.sendResponseHeaders(body.isPresent() ? 200 : 404, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		this.server.start();
	}

	/** {@code http://127.0.0.1:PORT}, without a trailing slash. */
	String base() {
		return "http://127.0.0.1:" + port();
	}

	/** {@code http://HOST:PORT}: this server by another name or notation of its address. */
	String base(String host) {
		return "http://" + host + ":" + port();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	/** Answers {@code path} with a 302 to {@code location}. */
	void redirect(String path, String location) {
		this.redirects.put(path, location);
	}

	/** The paths asked for so far, in order. */
	List<String> requested() {
		return List.copyOf(this.requested);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.handlers.shutdownNow();
	}

}
