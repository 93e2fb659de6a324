package org.podquote.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeRedirectsTest {

	@Test
	void anAbsoluteUrlKeepsOnlyItsPathQueryAndFragment() {
		assertThat(RelativeRedirects.target("", "http://evil.example/admin/import?continue")).isEqualTo("/admin/import?continue");
		assertThat(RelativeRedirects.target("/pq", "https://evil.example:8443/pq/admin/import#top")).isEqualTo("/pq/admin/import#top");
		assertThat(RelativeRedirects.target("", "//evil.example/x")).isEqualTo("/x");
		assertThat(RelativeRedirects.target("", "http://evil.example")).isEqualTo("/");
		assertThat(RelativeRedirects.target("", "http://evil.example?x")).isEqualTo("/?x");
	}

	@Test
	void aPathGetsTheContextPath() {
		assertThat(RelativeRedirects.target("", "/login?error")).isEqualTo("/login?error");
		assertThat(RelativeRedirects.target("/pq", "/login?retry=5")).isEqualTo("/pq/login?retry=5");
	}

}
