package org.podquote.mcp;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;

/**
 * The MCP endpoint refuses requests that a web page sent from another site: a browser names the
 * page's origin in {@code Origin}, which must then be this site (its {@code podquote.base-url}, or
 * this machine by name or loopback address), so that a page that rebinds its own name to
 * 127.0.0.1 cannot drive the server (the MCP specification asks servers to check it). Programs
 * (assistants, their bridges, curl) send no {@code Origin} and pass.
 */
final class BrowserOrigins implements ServerTransportSecurityValidator {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

	private final String baseHost;

	/** @param baseUrl {@code podquote.base-url}, or null */
	BrowserOrigins(URI baseUrl) {
		this.baseHost = baseUrl == null ? null : baseUrl.getHost().toLowerCase(Locale.ROOT);
	}

	@Override
	public void validateHeaders(Map<String, List<String>> headers) throws ServerTransportSecurityException {
		for (Map.Entry<String, List<String>> header : headers.entrySet()) {
			if (!header.getKey().equalsIgnoreCase("Origin")) {
				continue;
			}
			for (String origin : header.getValue()) {
				if (!allowed(origin)) {
					throw new ServerTransportSecurityException(403,
							"Requests from web pages of other sites are refused: Origin " + origin);
				}
			}
		}
	}

	boolean allowed(String origin) {
		if (origin == null || origin.isBlank()) {
			return true;
		}
		try {
			URI uri = URI.create(origin.strip());
			String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
			return host != null && (LOOPBACK.contains(host) || host.equals(baseHost));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
