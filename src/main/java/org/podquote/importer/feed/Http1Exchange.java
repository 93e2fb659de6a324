package org.podquote.importer.feed;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One GET over HTTP/1.1 on a connection of its own, to addresses chosen beforehand. The JDK's
 * HTTP clients resolve the host name themselves when they connect, so an address checked before
 * could be swapped by a second DNS answer; here the socket connects to exactly the checked
 * address, while the {@code Host} header, TLS's server name (SNI) and the certificate check keep
 * the name from the URL. {@code Connection: close}, no compression, no proxy.
 */
final class Http1Exchange {

	private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.\\d (\\d{3})(?: .*)?");

	private static final int MAX_LINE = 16 * 1024;

	private static final int MAX_HEADERS = 64 * 1024;

	private Http1Exchange() {
	}

	/**
	 * What to ask and where.
	 * @param path the request target: path and query, ASCII
	 * @param hostHeader the {@code Host} header: the URL's host, and its port unless the default
	 * @param tls for https, how to make TLS sockets; null for http
	 * @param tlsHost the name (or address) the certificate must be for; with {@code https} only
	 * @param sniName the name to send as SNI, or null when the host is an address
	 * @param addresses where to connect, tried in order
	 */
	record Request(String path, String hostHeader, SSLSocketFactory tls, String tlsHost, String sniName, int port,
			List<InetAddress> addresses, Duration connectTimeout, long maxBytes, String userAgent, String method,
			Map<String, String> headers, byte[] body) {

		/** A GET. */
		Request(String path, String hostHeader, SSLSocketFactory tls, String tlsHost, String sniName, int port,
				List<InetAddress> addresses, Duration connectTimeout, long maxBytes, String userAgent) {
			this(path, hostHeader, tls, tlsHost, sniName, port, addresses, connectTimeout, maxBytes, userAgent, "GET",
					Map.of(), null);
		}

		/** The same request with a method, more headers (names and values already checked) and a body, or null. */
		Request with(String method, Map<String, String> headers, byte[] body) {
			return new Request(path, hostHeader, tls, tlsHost, sniName, port, addresses, connectTimeout, maxBytes,
					userAgent, method, headers, body);
		}

	}

	/** The status and headers (names in lower case); the body of 2xx answers only, else null. */
	record Response(int status, Map<String, List<String>> headers, byte[] body) {

		Optional<String> header(String name) {
			List<String> values = headers.get(name);
			return (values == null || values.isEmpty()) ? Optional.empty() : Optional.of(values.get(0));
		}

	}

	static Response get(Request request, Deadline deadline) throws IOException {
		Socket socket = connect(request, deadline);
		Socket channel = socket;
		try {
			if (request.tls() != null) {
				channel = secure(socket, request);
			}
			OutputStream out = channel.getOutputStream();
			out.write(requestHead(request).getBytes(StandardCharsets.ISO_8859_1));
			if (request.body() != null) {
				out.write(request.body());
			}
			out.flush();
			return read(new BufferedInputStream(channel.getInputStream(), 16 * 1024), request.maxBytes());
		}
		finally {
			channel.close();
			socket.close();
		}
	}

	private static Socket connect(Request request, Deadline deadline) throws IOException {
		IOException last = null;
		for (InetAddress address : request.addresses()) {
			// NO_PROXY: a SOCKS proxy from the system properties would resolve the name again
			Socket socket = new Socket(Proxy.NO_PROXY);
			deadline.attach(socket);
			try {
				long wait = Math.min(request.connectTimeout().toMillis(), deadline.remainingMillis());
				if (wait <= 0) {
					throw new SocketTimeoutException("no time left to connect");
				}
				socket.connect(new InetSocketAddress(address, request.port()), (int) Math.min(wait, Integer.MAX_VALUE));
				// each read waits at most what is left; the deadline's watchdog ends the whole exchange
				socket.setSoTimeout((int) Math.min(Math.max(1, deadline.remainingMillis()), Integer.MAX_VALUE));
				return socket;
			}
			catch (IOException ex) {
				socket.close();
				last = ex;
				if (deadline.expired()) {
					break;
				}
			}
		}
		throw new ConnectFailure(last instanceof SocketTimeoutException || deadline.expired(), last);
	}

	private static Socket secure(Socket socket, Request request) throws IOException {
		SSLSocket ssl = (SSLSocket) request.tls().createSocket(socket, request.tlsHost(), request.port(), true);
		SSLParameters parameters = ssl.getSSLParameters();
		// the certificate must be for the URL's host, as a browser checks it
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		if (request.sniName() != null) {
			try {
				parameters.setServerNames(List.of(new SNIHostName(request.sniName())));
			}
			catch (IllegalArgumentException ex) {
				// a name SNI cannot carry (an underscore): the server picks its default certificate
			}
		}
		ssl.setSSLParameters(parameters);
		ssl.startHandshake();
		return ssl;
	}

	private static String requestHead(Request request) {
		StringBuilder head = new StringBuilder(request.method()).append(' ')
			.append(request.path())
			.append(" HTTP/1.1\r\n" + "Host: ")
			.append(request.hostHeader())
			.append("\r\n" + "User-Agent: ")
			.append(request.userAgent())
			.append("\r\n" + "Accept: */*\r\n" + "Accept-Encoding: identity\r\n");
		request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (request.body() != null) {
			head.append("Content-Length: ").append(request.body().length).append("\r\n");
		}
		return head.append("Connection: close\r\n\r\n").toString();
	}

	private static Response read(InputStream in, long maxBytes) throws IOException {
		int status;
		Map<String, List<String>> headers;
		do {
			String line = readLine(in, MAX_LINE);
			if (line == null) {
				throw new BadAnswerException("the server closed the connection without answering");
			}
			Matcher matcher = STATUS_LINE.matcher(line);
			if (!matcher.matches()) {
				throw new BadAnswerException("the server's answer is not HTTP/1.x");
			}
			status = Integer.parseInt(matcher.group(1));
			headers = readHeaders(in);
		}
		// 100 Continue and other interim answers come before the real one
		while (status / 100 == 1 && status != 101);
		if (status / 100 != 2) {
			return new Response(status, headers, null);
		}
		if (status == 204 || status == 205) {
			return new Response(status, headers, new byte[0]);
		}
		String encoding = first(headers, "transfer-encoding");
		String length = first(headers, "content-length");
		byte[] body;
		if (encoding != null && encoding.toLowerCase(Locale.ROOT).strip().endsWith("chunked")) {
			body = chunked(in, maxBytes);
		}
		else if (encoding == null && length != null) {
			body = fixed(in, contentLength(headers.get("content-length")), maxBytes);
		}
		else {
			body = untilClosed(in, maxBytes);
		}
		return new Response(status, headers, body);
	}

	private static Map<String, List<String>> readHeaders(InputStream in) throws IOException {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		int size = 0;
		String previous = null;
		for (String line = readLine(in, MAX_LINE); !"".equals(line); line = readLine(in, MAX_LINE)) {
			if (line == null) {
				throw new BadAnswerException("the server closed the connection in the middle of its headers");
			}
			size += line.length();
			if (size > MAX_HEADERS) {
				throw new BadAnswerException("the server's headers are longer than " + (MAX_HEADERS / 1024) + " KB");
			}
			if ((line.startsWith(" ") || line.startsWith("\t")) && previous != null) {
				// an obsolete folded line continues the header before it
				List<String> values = headers.get(previous);
				values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new BadAnswerException("the server sent a header line without a name");
			}
			previous = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			headers.computeIfAbsent(previous, (name) -> new ArrayList<>()).add(line.substring(colon + 1).strip());
		}
		return headers;
	}

	private static long contentLength(List<String> values) throws IOException {
		long length = -1;
		for (String value : values) {
			for (String part : value.split(",")) {
				String digits = part.strip();
				if (!digits.matches("[0-9]{1,18}")) {
					throw new BadAnswerException("the server's Content-Length is not a number");
				}
				long parsed = Long.parseLong(digits);
				if (length >= 0 && parsed != length) {
					throw new BadAnswerException("the server sent two different Content-Lengths");
				}
				length = parsed;
			}
		}
		return length;
	}

	private static byte[] fixed(InputStream in, long length, long maxBytes) throws IOException {
		if (length > maxBytes) {
			throw new TooLargeException();
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(length, 1 << 20));
		copy(in, body, length);
		return body.toByteArray();
	}

	private static byte[] chunked(InputStream in, long maxBytes) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String line = readLine(in, MAX_LINE);
			if (line == null) {
				throw new TruncatedException();
			}
			String size = line.split(";", 2)[0].strip();
			if (!size.matches("[0-9a-fA-F]{1,15}")) {
				throw new BadAnswerException("the server's chunked body has a chunk without a valid size");
			}
			long length = Long.parseLong(size, 16);
			if (length == 0) {
				// trailers, if any, end with an empty line; a server that just closes is forgiven
				for (String trailer = readLine(in, MAX_LINE); trailer != null && !trailer.isEmpty();
						trailer = readLine(in, MAX_LINE)) {
					// ignored
				}
				return body.toByteArray();
			}
			if (body.size() + length > maxBytes) {
				throw new TooLargeException();
			}
			copy(in, body, length);
			String end = readLine(in, MAX_LINE);
			if (end == null) {
				throw new TruncatedException();
			}
			if (!end.isEmpty()) {
				throw new BadAnswerException("the server's chunked body has a chunk longer than its size says");
			}
		}
	}

	private static byte[] untilClosed(InputStream in, long maxBytes) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] buffer = new byte[16 * 1024];
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			if (body.size() + (long) read > maxBytes) {
				throw new TooLargeException();
			}
			body.write(buffer, 0, read);
		}
		return body.toByteArray();
	}

	private static void copy(InputStream in, ByteArrayOutputStream out, long length) throws IOException {
		byte[] buffer = new byte[16 * 1024];
		long left = length;
		while (left > 0) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) {
				throw new TruncatedException();
			}
			out.write(buffer, 0, read);
			left -= read;
		}
	}

	/** A line without its CR LF, as ISO-8859-1; null at the end of the stream. */
	private static String readLine(InputStream in, int max) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				return (line.size() == 0) ? null : line.toString(StandardCharsets.ISO_8859_1);
			}
			if (line.size() >= max) {
				throw new BadAnswerException("the server sent a line longer than " + (max / 1024) + " KB");
			}
			line.write(b);
		}
		String text = line.toString(StandardCharsets.ISO_8859_1);
		return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
	}

	private static String first(Map<String, List<String>> headers, String name) {
		List<String> values = headers.get(name);
		return (values == null || values.isEmpty()) ? null : String.join(",", values);
	}

	/**
	 * The time a whole fetch may take, redirects included. A watchdog calls {@link #expire()} at
	 * the end, which closes the socket in use: a blocked connect or read then fails at once, and a
	 * server that trickles a byte now and then cannot hold a fetch forever.
	 */
	static final class Deadline {

		private final long end;

		private volatile Socket socket;

		private volatile boolean expired;

		Deadline(Duration timeout) {
			this.end = System.nanoTime() + timeout.toNanos();
		}

		long remainingMillis() {
			return Duration.ofNanos(end - System.nanoTime()).toMillis();
		}

		boolean expired() {
			return expired;
		}

		void attach(Socket socket) throws IOException {
			this.socket = socket;
			if (expired) {
				socket.close();
			}
		}

		void expire() {
			expired = true;
			Socket current = socket;
			if (current != null) {
				try {
					current.close();
				}
				catch (IOException ex) {
					// closing is all we wanted
				}
			}
		}

	}

	static final class ConnectFailure extends IOException {

		private final boolean timedOut;

		ConnectFailure(boolean timedOut, IOException cause) {
			super("could not connect", cause);
			this.timedOut = timedOut;
		}

		boolean timedOut() {
			return timedOut;
		}

	}

	/** An answer that is not HTTP as we read it; the message is a sentence for the user. */
	static final class BadAnswerException extends IOException {

		BadAnswerException(String message) {
			super(message);
		}

	}

	static final class TruncatedException extends IOException {

		TruncatedException() {
			super("the connection closed before the whole body arrived");
		}

	}

	static final class TooLargeException extends IOException {

		TooLargeException() {
			super("the body exceeds the size limit");
		}

	}

}
