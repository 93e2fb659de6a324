package org.podquote.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/**
 * Serves files on 127.0.0.1 at a free port, so that feed imports run without the internet: the
 * body of a path is whatever {@code files} gives for it, and 404 when it gives nothing.
 */
final class LoopbackServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService handlers = Executors.newFixedThreadPool(4);

	private final List<String> requested = new CopyOnWriteArrayList<>();

	LoopbackServer(Function<String, Optional<byte[]>> files) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(this.handlers);
		this.server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			this.requested.add(path);
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
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
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
