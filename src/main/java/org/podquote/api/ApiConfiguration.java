package org.podquote.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import org.podquote.episode.ImportTimes;
import org.podquote.search.LibraryCache;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What the API and the feeds share: open CORS for reading, conditional GETs, and their OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

	static final String[] READ_ONLY_PATHS = { "/api/**", "/feeds/**", "/v3/api-docs/**" };

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		for (String path : READ_ONLY_PATHS) {
			// Public data for any page to read; nothing may be sent, and no cookies are used.
			registry.addMapping(path).allowedOrigins("*").allowedMethods("GET").allowCredentials(false).maxAge(3600);
		}
	}

	@Bean
	FilterRegistrationBean<ConditionalGetFilter> conditionalGetFilter(ImportTimes importTimes, LibraryCache cache) {
		FilterRegistrationBean<ConditionalGetFilter> registration = new FilterRegistrationBean<>(
				new ConditionalGetFilter(importTimes, cache));
		registration.addUrlPatterns(Links.API + "/*", "/feeds/*");
		return registration;
	}

	@Bean
	OpenAPI podquoteOpenApi() {
		return new OpenAPI().info(new Info().title("Podquote API")
			.version("v1")
			.description("""
					Read the library: search quotes, people, shows, episodes with their transcripts, and single \
					quotes. Everything is public and read-only (GET, CORS open to any origin).

					* **Lists** are paged: `page` from 1, `size` 20 by default and at most 100; every page says \
					`total` and `totalPages`. A page past the last is empty.
					* **Errors** are problem details (`application/problem+json`, RFC 9457) whose `parameter` \
					names the query or path parameter at fault: 400 for a value that cannot be used, 404 for a \
					slug or id that names nothing.
					* **Caching**: responses carry an `ETag` (a hash of the body) and a `Last-Modified` (the \
					library's latest import); send them back as `If-None-Match` or `If-Modified-Since` to get \
					`304 Not Modified` while nothing changed.
					* **Atom feeds**: `/feeds/speakers/{slug}.atom`, `/feeds/podcasts/{slug}.atom` and \
					`/feeds/search.atom?q=`.

					[Back to Podquote](/)"""))
			// Relative, so that "Try it out" calls whatever host and port served the page.
			.servers(List.of(new Server().url("/").description("this Podquote")))
			.tags(ApiDocs.TAGS);
	}

	/**
	 * Every property of the API's records is always sent (as null when there is no value), so the
	 * description says so; the problem detail's optional fields are left as they are.
	 */
	@Bean
	OpenApiCustomizer everyPropertyPresent() {
		return openApi -> {
			Map<String, Schema> schemas = openApi.getComponents() == null ? Map.of() : openApi.getComponents().getSchemas();
			schemas.forEach((name, schema) -> {
				if (!name.equals("Problem") && schema.getProperties() != null) {
					schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
				}
			});
		};
	}

}
