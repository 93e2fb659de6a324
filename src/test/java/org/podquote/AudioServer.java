package org.podquote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.sun.net.httpserver.HttpServer;

/** Serves a silent WAV file on loopback, with byte ranges, so that a real player can seek in it. */
final class AudioServer implements AutoCloseable {

	private static final int RATE = 8000;

	private final HttpServer server;

	private AudioServer(HttpServer server) {
		this.server = server;
	}

	static AudioServer start(int seconds) throws IOException {
		byte[] wav = silence(seconds);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/silence.wav", exchange -> {
			String range = exchange.getRequestHeaders().getFirst("Range");
			int from = 0;
			int to = wav.length - 1;
			if (range != null && range.startsWith("bytes=")) {
				String[] bounds = range.substring(6).split("-", 2);
				from = Integer.parseInt(bounds[0]);
				if (bounds.length > 1 && !bounds[1].isEmpty()) {
					to = Math.min(to, Integer.parseInt(bounds[1]));
				}
			}
			exchange.getResponseHeaders().add("Content-Type", "audio/wav");
			exchange.getResponseHeaders().add("Accept-Ranges", "bytes");
			exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
			int length = to - from + 1;
			if (range != null) {
				exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + to + "/" + wav.length);
				exchange.sendResponseHeaders(206, length);
			}
			else {
				exchange.sendResponseHeaders(200, length);
			}
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(wav, from, length);
			}
			catch (IOException ex) {
				// the player stopped reading
			}
		});
		server.start();
		return new AudioServer(server);
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/silence.wav";
	}

	@Override
	public void close() {
		server.stop(0);
	}

	/** 8 kHz, 8-bit mono PCM silence. */
	static byte[] silence(int seconds) {
		int samples = RATE * seconds;
		ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
		header.put("RIFF".getBytes()).putInt(36 + samples).put("WAVE".getBytes());
		header.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(RATE).putInt(RATE)
			.putShort((short) 1).putShort((short) 8);
		header.put("data".getBytes()).putInt(samples);
		ByteArrayOutputStream out = new ByteArrayOutputStream(44 + samples);
		out.writeBytes(header.array());
		byte[] body = new byte[samples];
		java.util.Arrays.fill(body, (byte) 128);
		out.writeBytes(body);
		return out.toByteArray();
	}

}
