package org.podquote.importer.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

/**
 * Downloads a feed or a transcript over http or https, within a time and a size the caller sets,
 * and fails with a message a user can act on. Thread-safe: one instance can serve all imports.
 */
public class HttpFetcher {

	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

	private static final long KB = 1024;

	private static final long MB = 1024 * KB;

	private static final String USER_AGENT = "Podquote transcript importer";

	private final HttpClient client;

	private final Duration timeout;

	private final long maxBytes;

	public HttpFetcher() {
		this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
	}

	/**
	 * @param connectTimeout how long to wait for the connection
	 * @param timeout how long the whole download may take, body included
	 * @param maxBytes the largest body accepted; at most {@code Integer.MAX_VALUE - 8}, since it is
	 * returned as one array
	 */
	public HttpFetcher(Duration connectTimeout, Duration timeout, long maxBytes) {
		if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeouts must be positive");
		}
		if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8));
		}
		this.timeout = timeout;
		this.maxBytes = maxBytes;
		// NORMAL follows redirects except from https down to http
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	public Fetched fetch(String url) throws FetchException {
		URI uri = checkedUri(url);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(timeout)
			.header("User-Agent", USER_AGENT)
			.GET()
			.build();
		AtomicReference<LimitedBody> body = new AtomicReference<>();
		CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, (info) -> {
			if (info.statusCode() / 100 != 2) {
				return BodySubscribers.replacing(null);
			}
			LimitedBody limited = new LimitedBody(maxBytes,
					info.headers().firstValueAsLong("Content-Length").orElse(-1));
			body.set(limited);
			return limited;
		});
		HttpResponse<byte[]> response;
		try {
			// the request's own timeout ends once the headers arrive; this also bounds a slow body
			response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			abandon(pending, body.get());
			throw new FetchException(url, "no complete answer within " + describe(timeout), ex);
		}
		catch (InterruptedException ex) {
			abandon(pending, body.get());
			Thread.currentThread().interrupt();
			throw new FetchException(url, "the download was interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw failure(url, uri, ex.getCause());
		}
		return answer(url, response);
	}

	private static URI checkedUri(String url) throws FetchException {
		if (url == null || url.isBlank()) {
			throw new FetchException(url, "no URL was given");
		}
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new FetchException(url, "not a valid URL: " + ex.getReason(), ex);
		}
		String scheme = uri.getScheme();
		if (scheme == null) {
			throw new FetchException(url, "not a web address: it should start with http:// or https://");
		}
		String lower = scheme.toLowerCase(Locale.ROOT);
		if (!lower.equals("http") && !lower.equals("https")) {
			throw new FetchException(url, "only http and https URLs can be fetched, not " + scheme + ":");
		}
		if (uri.getHost() == null) {
			throw new FetchException(url, "the URL names no host");
		}
		return uri;
	}

	private static Fetched answer(String url, HttpResponse<byte[]> response) throws FetchException {
		int status = response.statusCode();
		if (status / 100 == 3) {
			String location = response.headers().firstValue("Location").orElse("nowhere");
			throw new FetchException(url, "the server redirects to " + location
					+ ", which is not followed (from https to http, or too many redirects)");
		}
		if (status / 100 != 2) {
			throw new FetchException(url, "the server answered " + status + reason(status));
		}
		return new Fetched(response.body(), response.headers().firstValue("Content-Type").orElse(null),
				response.uri());
	}

	private FetchException failure(String url, URI uri, Throwable error) {
		String host = uri.getHost();
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof TooLargeException) {
				return new FetchException(url, "the file is larger than " + describe(maxBytes), error);
			}
			if (cause instanceof HttpConnectTimeoutException) {
				return new FetchException(url, "could not connect to " + host + " in time", error);
			}
			if (cause instanceof HttpTimeoutException) {
				return new FetchException(url, "no answer within " + describe(timeout), error);
			}
			if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
				return new FetchException(url, "unknown host " + host, error);
			}
			if (cause instanceof SSLException) {
				return new FetchException(url, "the secure connection to " + host + " failed: " + cause.getMessage(),
						error);
			}
			if (cause instanceof ConnectException) {
				return new FetchException(url, "could not connect to " + host, error);
			}
		}
		String message = error.getMessage();
		return new FetchException(url,
				"the download failed: " + ((message != null && !message.isBlank()) ? message
						: error.getClass().getSimpleName()),
				error);
	}

	private static void abandon(CompletableFuture<?> pending, LimitedBody body) {
		pending.cancel(true);
		if (body != null) {
			body.cancel();
		}
	}

	private static String reason(int status) {
		return switch (status) {
			case 400 -> " Bad Request";
			case 401 -> " Unauthorized";
			case 403 -> " Forbidden";
			case 404 -> " Not Found";
			case 410 -> " Gone";
			case 429 -> " Too Many Requests";
			case 500 -> " Internal Server Error";
			case 502 -> " Bad Gateway";
			case 503 -> " Service Unavailable";
			case 504 -> " Gateway Timeout";
			default -> "";
		};
	}

	static String describe(long bytes) {
		if (bytes % MB == 0) {
			return (bytes / MB) + " MB";
		}
		if (bytes % KB == 0) {
			return (bytes / KB) + " KB";
		}
		return bytes + " bytes";
	}

	static String describe(Duration duration) {
		long millis = duration.toMillis();
		if (millis % 1000 != 0) {
			return millis + " ms";
		}
		long seconds = millis / 1000;
		return seconds + ((seconds == 1) ? " second" : " seconds");
	}

	/**
	 * What was downloaded.
	 *
	 * @param body the bytes as sent
	 * @param contentType the {@code Content-Type} header, or null
	 * @param finalUrl where the body came from after redirects
	 */
	public record Fetched(byte[] body, String contentType, URI finalUrl) {
	}

	private static final class TooLargeException extends IOException {

		TooLargeException() {
			super("the body exceeds the size limit");
		}

	}

	/** Collects the body and gives up as soon as it passes the limit, instead of after. */
	private static final class LimitedBody implements BodySubscriber<byte[]> {

		private final long maxBytes;

		private final long declaredLength;

		private final CompletableFuture<byte[]> result = new CompletableFuture<>();

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private volatile Flow.Subscription subscription;

		LimitedBody(long maxBytes, long declaredLength) {
			this.maxBytes = maxBytes;
			this.declaredLength = declaredLength;
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return result;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			if (declaredLength > maxBytes) {
				subscription.cancel();
				result.completeExceptionally(new TooLargeException());
				return;
			}
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			if (result.isDone()) {
				return;
			}
			for (ByteBuffer buffer : buffers) {
				if (bytes.size() + (long) buffer.remaining() > maxBytes) {
					subscription.cancel();
					result.completeExceptionally(new TooLargeException());
					return;
				}
				byte[] chunk = new byte[buffer.remaining()];
				buffer.get(chunk);
				bytes.write(chunk, 0, chunk.length);
			}
		}

		@Override
		public void onError(Throwable error) {
			result.completeExceptionally(error);
		}

		@Override
		public void onComplete() {
			result.complete(bytes.toByteArray());
		}

		void cancel() {
			Flow.Subscription current = subscription;
			if (current != null) {
				current.cancel();
			}
			result.cancel(false);
		}

	}

}
