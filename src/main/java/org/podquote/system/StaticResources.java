package org.podquote.system;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.util.UrlPathHelper;

/**
 * The style sheet, script and icon under {@code static/}, linked by the hash of their content
 * ({@code /css/podquote-<md5>.css}, written by {@code @{/css/podquote.css}} in a template) and sent
 * with {@value #IMMUTABLE}: a browser fetches each version once. The path without the hash still
 * answers, with {@value #REVALIDATE}, for whatever links to it from outside.
 * <p>
 * Only these folders are mapped, not Spring Boot's {@code /**} ({@code spring.web.resources.add-mappings=false}):
 * every link a page writes with {@code @{...}} is offered to the resource URL encoder, and under
 * {@code /**} each {@code /speakers/...} or {@code /search} link was looked up in every static
 * location of the class path (four, each a search through every jar), uncached because it is never
 * found: about a quarter of the CPU of a search page. A file added to {@code static/} needs its
 * folder in {@link #FOLDERS} ({@code StaticResourcesTest} checks that every one is served).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class StaticResources implements WebMvcConfigurer {

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	static final String REVALIDATE = "no-cache";

	/** URL patterns and the folder of {@code static/} each serves. */
	static final List<String[]> FOLDERS = List.of(new String[] { "/css/**", "classpath:/static/css/" },
			new String[] { "/js/**", "classpath:/static/js/" },
			new String[] { "/*.svg", "classpath:/static/" });

	private final ObjectProvider<ResourceUrlProvider> urls;

	StaticResources(ObjectProvider<ResourceUrlProvider> urls) {
		this.urls = urls;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String[] folder : FOLDERS) {
			// no cache control here: CacheHeaders sets it per request, before Spring Security's no-store would
			registry.addResourceHandler(folder[0])
				.addResourceLocations(folder[1])
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addVersionStrategy(CacheHeaders.HASH, "/**"));
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new CacheHeaders(urls)).addPathPatterns(FOLDERS.stream().map(f -> f[0]).toList());
	}

	/**
	 * Rewrites the links that templates write with {@code @{...}} to the hashed ones. Spring Boot
	 * registers it only while a webjars locator happens to be on the class path.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * Long caching for exactly the URL the pages link to now, so that a path that merely looks
	 * hashed, an old hash (which answers 404) or the plain path is never kept for a year.
	 */
	static final class CacheHeaders implements HandlerInterceptor {

		static final ContentVersionStrategy HASH = new ContentVersionStrategy();

		private final ObjectProvider<ResourceUrlProvider> urls;

		CacheHeaders(ObjectProvider<ResourceUrlProvider> urls) {
			this.urls = urls;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (handler instanceof ResourceHttpRequestHandler) {
				response.setHeader(HttpHeaders.CACHE_CONTROL,
						isCurrentVersion(UrlPathHelper.defaultInstance.getLookupPathForRequest(request)) ? IMMUTABLE
								: REVALIDATE);
			}
			return true;
		}

		private boolean isCurrentVersion(String path) {
			String version = HASH.extractVersion(path);
			return version != null && path.equals(urls.getObject().getForLookupPath(HASH.removeVersion(path, version)));
		}

	}

}
