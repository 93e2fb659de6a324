package org.podquote;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.search.IndexStatus;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchQuery;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default as a user runs it: an H2 file and a Lucene index on disk under
 * {@code podquote.home}, served on a real port, across restarts.
 */
class PersistentLibraryTest {

	@TempDir
	Path home;

	@Test
	void keepsTheLibraryAndItsIndexAcrossRestarts() throws Exception {
		try (ConfigurableApplicationContext app = start()) {
			assertThat(home.resolve("db/podquote.mv.db")).isRegularFile();
			assertThat(home.resolve("index/quote")).isDirectory();
			assertThat(appearances(app)).isEqualTo(20);
			HttpResponse<String> page = get(app, "/speakers/sam-marks");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Sam Marks").contains("Appearances Over Time");
			assertThat(get(app, "/actuator/health").body()).contains("\"UP\"");
		}
		try (ConfigurableApplicationContext app = start()) {
			assertThat(app.getBean(IndexStatus.class).isRebuilding()).isFalse();
			assertThat(appearances(app)).isEqualTo(20);
			assertThat(hits(app, "\"bad role models\"")).isEqualTo(1);
		}
	}

	@Test
	void rebuildsAMissingIndexOnStart() throws Exception {
		try (ConfigurableApplicationContext app = start()) {
			assertThat(appearances(app)).isEqualTo(20);
		}
		FileSystemUtils.deleteRecursively(home.resolve("index"));
		try (ConfigurableApplicationContext app = start()) {
			IndexStatus status = app.getBean(IndexStatus.class);
			Instant deadline = Instant.now().plusSeconds(30);
			while (status.isRebuilding() && Instant.now().isBefore(deadline)) {
				Thread.sleep(100);
			}
			assertThat(status.isRebuilding()).isFalse();
			assertThat(hits(app, "\"bad role models\"")).isEqualTo(1);
			assertThat(hits(app, "the")).isGreaterThan(1);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PodquoteApplication.class).run("--podquote.home=" + home,
				"--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + home.resolve("db/podquote"),
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem");
	}

	private static long appearances(ConfigurableApplicationContext app) {
		return app.getBean(JdbcTemplate.class).queryForObject("select count(*) from appearance", Long.class);
	}

	private static long hits(ConfigurableApplicationContext app, String query) {
		return app.getBean(QuoteSearch.class).search(SearchQuery.of(query, 0, 10)).total();
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
