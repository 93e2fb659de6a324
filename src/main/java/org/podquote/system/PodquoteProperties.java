package org.podquote.system;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param home folder of the embedded database ({@code db/}) and the search index ({@code index/})
 * @param seed load the seed into an empty database on start
 * @param baseUrl the public address of the site, for absolute links ({@link PublicUrls}); null when not set
 */
@ConfigurationProperties("podquote")
public record PodquoteProperties(Path home, boolean seed, URI baseUrl) {

	public PodquoteProperties {
		home = home == null ? Path.of("data") : home;
		baseUrl = checkedBaseUrl(baseUrl);
	}

	/** A bad address stops the start with the reason, rather than writing it into every link. */
	private static URI checkedBaseUrl(URI url) {
		if (url == null || url.toString().isBlank()) {
			return null;
		}
		String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null || url.getRawUserInfo() != null
				|| url.getRawQuery() != null || url.getRawFragment() != null) {
			throw new IllegalArgumentException("podquote.base-url must be an http:// or https:// address with a host and "
					+ "no query, such as https://quotes.example or https://example.org/podquote, not " + url);
		}
		String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
		return URI.create(scheme + "://" + url.getRawAuthority() + path);
	}

}
