package org.podquote.importer.feed;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What every fetch may reach.
 *
 * @param allowedHosts host names, addresses and CIDR ranges that fetches may reach although they
 * are loopback, private, link-local or otherwise not public: {@code podquote.fetch.allowed-hosts=intranet.example,10.0.0.0/8}
 */
@ConfigurationProperties("podquote.fetch")
public record FetchProperties(List<String> allowedHosts) {

	public FetchProperties {
		allowedHosts = (allowedHosts == null) ? List.of() : List.copyOf(allowedHosts);
		// a bad entry stops the start with its name, rather than the first import
		NetworkRules.allowing(allowedHosts);
	}

	public NetworkRules rules() {
		return NetworkRules.allowing(allowedHosts);
	}

}
