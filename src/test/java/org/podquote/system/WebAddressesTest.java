package org.podquote.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebAddressesTest {

	@Test
	void webAddressesStay() {
		assertThat(WebAddresses.web(" https://example.com/a.mp3?x=1#t=3 ")).isEqualTo("https://example.com/a.mp3?x=1#t=3");
		assertThat(WebAddresses.web("HTTP://Example.COM:8080/")).isEqualTo("HTTP://Example.COM:8080/");
		assertThat(WebAddresses.web("https://user@example.com/x")).isEqualTo("https://user@example.com/x");
		assertThat(WebAddresses.web("https://b\u00fccher.example/\u00e4.mp3")).isEqualTo("https://b\u00fccher.example/\u00e4.mp3");
		assertThat(WebAddresses.web("https://example.com/my episode.mp3")).isEqualTo("https://example.com/my%20episode.mp3");
		assertThat(WebAddresses.web("https://cdn.example/a|b{1}.mp3")).isEqualTo("https://cdn.example/a|b{1}.mp3");
		assertThat(WebAddresses.web("http://[2001:db8::1]:8080/a.mp3")).isEqualTo("http://[2001:db8::1]:8080/a.mp3");
	}

	@Test
	void everythingElseGoes() {
		for (String bad : new String[] { "javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>x</b>",
				"file:///etc/passwd", "vbscript:msgbox(1)", "/relative/path.mp3", "../up.mp3", "example.com/a.mp3",
				"//example.com/a.mp3", "http:///nohost", "https://", "https://:80/", "http://exa\tmple.com/",
				"https://example.com/\u0000", "https://example.com/\u202Egpm.exe", "ftp://example.com/a.mp3",
				"https://example.com/" + "a".repeat(2000), "", "   ", null, "http://[::1", "mailto:ada@example.com" }) {
			assertThat(WebAddresses.web(bad)).as(String.valueOf(bad)).isNull();
			assertThat(WebAddresses.problem(bad)).as(String.valueOf(bad)).isNotNull();
		}
	}

	@Test
	void saysWhy() {
		assertThat(WebAddresses.problem("javascript:alert(1)")).isEqualTo("is not an http or https address");
		assertThat(WebAddresses.problem("https://example.com/" + "a".repeat(2000)))
			.isEqualTo("is 2,020 characters long, longer than the 2,000 the library keeps");
		assertThat(WebAddresses.problem("http:///x")).isEqualTo("names no host");
	}

}
