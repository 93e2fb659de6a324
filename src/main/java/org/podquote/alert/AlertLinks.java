package org.podquote.alert;

import org.podquote.system.PodquoteProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links for what alerts send outside any request (webhook bodies): the site's public
 * address, {@code podquote.base-url}, else this server's own on localhost, as {@code PublicUrls}
 * names it when the base URL is unset.
 */
@Component
class AlertLinks {

	private final PodquoteProperties properties;

	private final Environment environment;

	AlertLinks(PodquoteProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	String absolute(String path) {
		return base() + path;
	}

	String base() {
		if (properties.baseUrl() != null) {
			return properties.baseUrl().toString();
		}
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return "http://localhost" + (port.equals("80") ? "" : ":" + port);
	}

}
