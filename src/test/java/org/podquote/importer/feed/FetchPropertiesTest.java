package org.podquote.importer.feed;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@code podquote.fetch.*} as Spring binds it from a property or an environment variable. */
class FetchPropertiesTest {

	@Test
	void readsACommaSeparatedAllowList() {
		FetchProperties properties = bind("intranet.example, 10.0.0.0/8,fd00::/8");

		assertThat(properties.allowedHosts()).containsExactly("intranet.example", "10.0.0.0/8", "fd00::/8");
	}

	@Test
	void stopsOnAnEntryItCannotReadAndNamesIt() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("intranet.example,10.0.0.0/33"))
			.havingRootCause()
			.withMessageStartingWith("podquote.fetch.allowed-hosts: \"10.0.0.0/33\" is not a host name, an address or a CIDR range");
	}

	private static FetchProperties bind(String allowedHosts) {
		return new Binder(new MapConfigurationPropertySource(Map.of("podquote.fetch.allowed-hosts", allowedHosts)))
			.bind("podquote.fetch", FetchProperties.class)
			.get();
	}

}
