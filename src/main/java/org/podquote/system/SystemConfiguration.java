package org.podquote.system;

import java.time.Clock;
import java.util.Locale;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	PublicUrls publicUrls(PodquoteProperties properties, Environment environment) {
		return new PublicUrls(properties.baseUrl(), trustsForwardedHeaders(environment),
				environment.getProperty("server.address"));
	}

	/**
	 * Whether Tomcat ({@code native}) or Spring ({@code framework}) applies a proxy's forwarded
	 * headers to requests; {@code none} in application.properties unless the operator says otherwise.
	 */
	static boolean trustsForwardedHeaders(Environment environment) {
		String strategy = Binder.get(environment).bind("server.forward-headers-strategy", String.class).orElse("none");
		return !strategy.strip().toLowerCase(Locale.ROOT).equals("none");
	}

}
