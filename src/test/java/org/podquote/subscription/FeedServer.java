package org.podquote.subscription;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A feed host on 127.0.0.1 for subscription tests, told before each round how to answer: a feed
 * with its ETag (and 304 to a request that sends that ETag back), a status alone, or an answer
 * held back past the fetch's time limit. Transcripts are plain files under {@code /t/}. Every
 * request's conditional headers are kept, so a test can see what the app sent.
 */
final class FeedServer implements AutoCloseable {

	/** How {@code /feed.xml} answers. */
	sealed interface Answer {
	}

	/** The feed with its ETag; 304 when the request's If-None-Match is that ETag. */
	record Feed(String xml, String etag) implements Answer {
	}

	record Status(int code) implements Answer {
	}

	/** Nothing at all for a while: longer than the test's fetch timeout. */
	record Stall(long millis) implements Answer {
	}

	/** The conditional headers of one request for the feed. */
	record Asked(String ifNoneMatch, String ifModifiedSince) {
	}

	static final String LAST_MODIFIED = "Mon, 02 Mar 2026 09:00:00 GMT";

	private final HttpServer server;

	private final ExecutorService handlers = Executors.newFixedThreadPool(4);

	private final Map<String, byte[]> files = new ConcurrentHashMap<>();

	private final List<Asked> asked = new CopyOnWriteArrayList<>();

	private volatile Answer answer = new Status(404);

	FeedServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(handlers);
		server.createContext("/feed.xml", exchange -> {
			asked.add(new Asked(exchange.getRequestHeaders().getFirst("If-None-Match"),
					exchange.getRequestHeaders().getFirst("If-Modified-Since")));
			Answer now = answer;
			try {
				if (now instanceof Stall stall) {
					Thread.sleep(stall.millis());
					exchange.sendResponseHeaders(200, -1);
				}
				else if (now instanceof Status status) {
					byte[] body = ("status " + status.code()).getBytes(StandardCharsets.UTF_8);
					exchange.sendResponseHeaders(status.code(), body.length);
					exchange.getResponseBody().write(body);
				}
				else if (now instanceof Feed feed) {
					exchange.getResponseHeaders().set("ETag", feed.etag());
					exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
					if (feed.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
						exchange.sendResponseHeaders(304, -1);
					}
					else {
						byte[] body = feed.xml().getBytes(StandardCharsets.UTF_8);
						exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
						exchange.sendResponseHeaders(200, body.length);
						exchange.getResponseBody().write(body);
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (IOException ex) {
				// the client gave up first, as a timed-out fetch does
			}
			finally {
				exchange.close();
			}
		});
		server.createContext("/t/", exchange -> {
			byte[] body = files.get(exchange.getRequestURI().getPath());
			exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
			if (body != null) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
			exchange.close();
		});
		server.start();
	}

	String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	String feedUrl() {
		return base() + "/feed.xml";
	}

	void answer(Answer answer) {
		this.answer = answer;
	}

	void file(String path, String text) {
		files.put(path, text.getBytes(StandardCharsets.UTF_8));
	}

	List<Asked> asked() {
		return List.copyOf(asked);
	}

	@Override
	public void close() {
		server.stop(0);
		handlers.shutdownNow();
	}

	/** An RSS feed of the show "Harbour Talk" with these items, each {@code guid|title|transcript path|guest}. */
	static String rss(String base, String... items) {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
				<channel>
				<title>Harbour Talk</title>
				<link>https://harbour.example/</link>
				<description>A feed written for the subscription tests.</description>
				<podcast:person role="host">Hana Host</podcast:person>
				""");
		for (String item : items) {
			String[] parts = item.split("\\|");
			xml.append("<item><title>").append(parts[1]).append("</title><guid isPermaLink=\"false\">").append(parts[0])
				.append("</guid><pubDate>Mon, 02 Mar 2026 09:00:00 +0000</pubDate>")
				.append("<podcast:transcript url=\"").append(base).append(parts[2]).append("\" type=\"text/plain\"/>")
				.append("<podcast:transcript url=\"").append(base).append(parts[2].replace(".txt", ".vtt"))
				.append("\" type=\"text/vtt\"/>")
				.append("<podcast:person role=\"guest\">").append(parts[3]).append("</podcast:person></item>\n");
		}
		return xml.append("</channel></rss>\n").toString();
	}

}
