package org.podquote.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param home folder of the embedded database ({@code db/}) and the search index ({@code index/})
 * @param seed load the seed into an empty database on start
 */
@ConfigurationProperties("podquote")
public record PodquoteProperties(Path home, boolean seed) {

	public PodquoteProperties {
		home = home == null ? Path.of("data") : home;
	}

}
