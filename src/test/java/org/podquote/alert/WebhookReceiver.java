package org.podquote.alert;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook on 127.0.0.1 as a receiver would write one: it checks each POST's signature with the
 * shared secret (HMAC-SHA256 of the raw body, compared with the header) before it believes the
 * body, and answers with the next status it is told to (200 when told none). What it accepted
 * and everything it was sent are kept for the test.
 */
final class WebhookReceiver implements AutoCloseable {

	/** One POST: the delivery id header, whether its signature held, the quote ids in the body, the status answered. */
	record Received(String delivery, boolean signed, List<Long> quoteIds, JsonNode body, int answered) {
	}

	private final HttpServer server;

	private final ExecutorService handlers = Executors.newFixedThreadPool(2);

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();

	WebhookReceiver(Supplier<String> secret) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(handlers);
		server.createContext("/hook", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			String signature = exchange.getRequestHeaders().getFirst("X-Podquote-Signature");
			boolean signed = "POST".equals(exchange.getRequestMethod())
					&& "application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))
					&& signature != null && java.security.MessageDigest.isEqual(
							signature.getBytes(StandardCharsets.US_ASCII), expected(secret.get(), body));
			Integer next = statuses.poll();
			int status = !signed ? 401 : next == null ? 200 : next;
			JsonNode node = json.readTree(body);
			List<Long> ids = new ArrayList<>();
			node.path("quotes").forEach(q -> ids.add(q.path("id").asLong()));
			received.add(new Received(exchange.getRequestHeaders().getFirst("X-Podquote-Delivery"), signed, ids, node, status));
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
	}

	/** What a receiver computes: {@code sha256=} and the hex HMAC-SHA256 of the body, by the JDK alone. */
	private static byte[] expected(String secret, byte[] body) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return ("sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.US_ASCII);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	void answerNext(int status) {
		statuses.add(status);
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	/** The quote ids of every delivery it accepted (signed, answered 2xx), in order. */
	List<Long> accepted() {
		List<Long> ids = new ArrayList<>();
		for (Received r : received) {
			if (r.signed() && r.answered() / 100 == 2) {
				ids.addAll(r.quoteIds());
			}
		}
		return ids;
	}

	void assertAllSigned() {
		assertThat(received).allSatisfy(r -> assertThat(r.signed()).isTrue());
	}

	@Override
	public void close() {
		server.stop(0);
		handlers.shutdownNow();
	}

}
