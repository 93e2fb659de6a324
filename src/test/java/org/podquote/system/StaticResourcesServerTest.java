package org.podquote.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hashed style sheet and script on the wire, through Tomcat: compressed, cached for a year, and
 * linked from the error pages too (which Tomcat renders on a dispatch of their own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticResourcesServerTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void theNotFoundPageLinksTheHashedFiles() throws Exception {
		HttpResponse<String> page = get("/speakers/nobody", "identity");
		assertThat(page.statusCode()).isEqualTo(404);
		Document html = Jsoup.parse(page.body());
		assertThat(html.select("link[rel=stylesheet]").attr("href")).matches("/css/podquote-[0-9a-f]{32}\\.css");
		assertThat(html.select("script[src]").attr("src")).matches("/js/podquote-[0-9a-f]{32}\\.js");
	}

	@Test
	void hashedFilesAreCompressedAndCachedForAYear() throws Exception {
		Document home = Jsoup.parse(get("/", "identity").body());
		for (String url : new String[] { home.select("link[rel=stylesheet]").attr("href"), home.select("script[src]").attr("src") }) {
			HttpResponse<String> file = get(url, "gzip");
			assertThat(file.statusCode()).as(url).isEqualTo(200);
			assertThat(file.headers().firstValue("Content-Encoding")).as(url).hasValue("gzip");
			assertThat(file.headers().firstValue("Cache-Control")).as(url).hasValue(StaticResources.IMMUTABLE);
		}
	}

	@Test
	void pagesAreStillNeverStored() throws Exception {
		assertThat(get("/", "identity").headers().firstValue("Cache-Control")).get().asString().contains("no-store");
	}

	private HttpResponse<String> get(String path, String encoding) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "text/html,*/*")
			.header("Accept-Encoding", encoding)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
