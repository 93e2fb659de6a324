package org.podquote.system;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.ForwardedHeaderFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Where absolute links get their scheme, host and port: never from the Host header a client sent. */
class PublicUrlsTest {

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theConfiguredBaseUrlWins() {
		handling(spoofed());
		PublicUrls urls = new PublicUrls(baseUrl("https://quotes.example/podquote/"), true, null);
		assertThat(urls.absolute("/quotes/7")).isEqualTo("https://quotes.example/podquote/quotes/7");
		assertThat(urls.host()).isEqualTo("quotes.example");
		assertThat(urls.request()).isEqualTo("https://quotes.example/podquote/feeds/search.atom?q=x");
	}

	@Test
	void withoutOneTheServersOwnAddressIsUsed() {
		handling(spoofed());
		assertThat(new PublicUrls(null, false, null).absolute("/quotes/7")).isEqualTo("http://localhost:8080/quotes/7");
		assertThat(new PublicUrls(null, false, "192.0.2.10").base()).isEqualTo("http://192.0.2.10:8080");
		assertThat(new PublicUrls(null, false, "0.0.0.0").host()).isEqualTo("localhost");
		assertThat(new PublicUrls(null, false, "::1").base()).isEqualTo("http://[::1]:8080");

		MockHttpServletRequest tls = spoofed();
		tls.setScheme("https");
		tls.setSecure(true);
		tls.setLocalPort(443);
		handling(tls);
		assertThat(new PublicUrls(null, false, null).base()).isEqualTo("https://localhost");
	}

	@Test
	void forwardedHeadersCountOnlyWhenTrusted() throws Exception {
		MockHttpServletRequest proxied = spoofed();
		proxied.addHeader("X-Forwarded-Proto", "https");
		proxied.addHeader("X-Forwarded-Host", "quotes.example");
		proxied.addHeader("X-Forwarded-Port", "443");
		handling(proxied);
		assertThat(new PublicUrls(null, false, null).base()).as("not trusted").isEqualTo("http://localhost:8080");

		// what server.forward-headers-strategy=framework puts in front of the app
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		new ForwardedHeaderFilter().doFilter(proxied, new MockHttpServletResponse(), new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response)
					throws IOException, ServletException {
				seen.set((HttpServletRequest) request);
			}
		});
		handling(seen.get());
		assertThat(new PublicUrls(null, true, null).absolute("/quotes/7")).isEqualTo("https://quotes.example/quotes/7");
	}

	@Test
	void aBaseUrlThatCannotBeOneStopsTheStart() {
		for (String bad : new String[] { "quotes.example", "ftp://quotes.example", "https://quotes.example/?x=1",
				"https://user@quotes.example", "/relative" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> baseUrl(bad)).withMessageContaining("podquote.base-url");
		}
		assertThat(baseUrl("")).isNull();
		assertThat(baseUrl("HTTPS://quotes.example:8443//")).hasToString("https://quotes.example:8443");
	}

	private static URI baseUrl(String url) {
		return new PodquoteProperties(Path.of("data"), false, URI.create(url)).baseUrl();
	}

	/** A request on port 8080 whose Host header names another site. */
	private static MockHttpServletRequest spoofed() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/feeds/search.atom");
		request.setQueryString("q=x");
		request.addHeader("Host", "evil.example");
		request.setServerName("evil.example");
		request.setLocalPort(8080);
		request.setServerPort(8080);
		return request;
	}

	private static void handling(HttpServletRequest request) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
