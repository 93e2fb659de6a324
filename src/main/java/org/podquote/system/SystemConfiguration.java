package org.podquote.system;

import java.time.Clock;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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

	/** Asks the app for a page of each kind once it is ready, so that the first visitor does not wait for JIT and caches. */
	@Bean
	@ConditionalOnWebApplication
	@ConditionalOnProperty(name = "podquote.warm-up", havingValue = "true", matchIfMissing = true)
	WarmUp warmUp(Environment environment) {
		return new WarmUp(environment);
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
