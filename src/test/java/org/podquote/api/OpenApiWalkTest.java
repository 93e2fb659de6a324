package org.podquote.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the OpenAPI description the running app serves and calls every GET it documents, with
 * the seed's slugs and ids in the path, checking each answer against the schema it declares.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiWalkTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void everyDocumentedGetAnswersWithWhatItsSchemaDeclares() throws Exception {
		HttpResponse<String> docs = get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		JsonNode api = JSON.readTree(docs.body());
		assertThat(api.path("openapi").asString()).startsWith("3.");
		assertThat(api.path("info").path("title").asString()).isEqualTo("Podquote API");

		Map<String, String> values = Map.of("podcast", "lesswrong-curated-popular", "episode",
				"the-persona-selection-model-by-sam-marks", "id",
				String.valueOf(jdbc.queryForObject("select min(id) from appearance", Long.class)), "q", "\"bad role models\"");
		List<String> called = new ArrayList<>();
		for (var path : api.path("paths").properties()) {
			JsonNode get = path.getValue().path("get");
			if (get.isMissingNode()) {
				continue;
			}
			String url = path.getKey();
			String slug = url.startsWith("/api/v1/speakers/") ? "sam-marks" : "lesswrong-curated-popular";
			StringBuilder query = new StringBuilder();
			for (JsonNode parameter : get.path("parameters")) {
				String name = parameter.path("name").asString();
				String value = name.equals("slug") ? slug : values.get(name);
				if (parameter.path("in").asString().equals("path")) {
					assertThat(value).as("a seed value for {%s} in %s", name, url).isNotNull();
					url = url.replace("{" + name + "}", value);
				}
				else if (parameter.path("required").asBoolean(false)) {
					assertThat(value).as("a seed value for the required %s of %s", name, url).isNotNull();
					query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
						.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				}
			}
			HttpResponse<String> response = get(url + query);
			assertThat(response.statusCode()).as(url + query).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
			assertThat(response.headers().firstValue("ETag")).as("ETag of " + url).isPresent();
			assertThat(response.headers().firstValue("Last-Modified")).as("Last-Modified of " + url).isPresent();
			JsonNode schema = resolve(api, get.path("responses").path("200").path("content").path("application/json").path("schema"));
			assertThat(schema.path("properties").propertyNames()).as("the schema of " + url).isNotEmpty();
			JsonNode body = JSON.readTree(response.body());
			assertThat(body.propertyNames()).as(url).containsAll(schema.path("properties").propertyNames());
			for (JsonNode required : schema.path("required")) {
				assertThat(body.has(required.asString())).as(url + " has " + required.asString()).isTrue();
			}
			called.add(path.getKey());
		}
		assertThat(called).containsExactlyInAnyOrder("/api/v1/search", "/api/v1/speakers", "/api/v1/speakers/{slug}",
				"/api/v1/speakers/{slug}/appearances", "/api/v1/speakers/{slug}/timeline", "/api/v1/podcasts",
				"/api/v1/podcasts/{slug}", "/api/v1/podcasts/{slug}/episodes", "/api/v1/episodes/{podcast}/{episode}",
				"/api/v1/quotes/{id}");
	}

	@Test
	void documentsProblemsAndLimits() throws Exception {
		JsonNode api = JSON.readTree(get("/v3/api-docs").body());
		for (var path : api.path("paths").properties()) {
			JsonNode responses = path.getValue().path("get").path("responses");
			assertThat(responses.path("400").path("content").has("application/problem+json")).as(path.getKey()).isTrue();
			assertThat(responses.has("304")).as(path.getKey()).isTrue();
			if (path.getKey().contains("{")) {
				assertThat(responses.path("404").path("content").has("application/problem+json")).as(path.getKey()).isTrue();
			}
		}
		JsonNode size = parameter(api.path("paths").path("/api/v1/speakers").path("get"), "size").path("schema");
		assertThat(size.path("default").asInt()).isEqualTo(20);
		assertThat(size.path("maximum").asInt()).isEqualTo(100);
		assertThat(api.path("components").path("schemas").path("Problem").path("properties").has("parameter")).isTrue();
	}

	private static JsonNode parameter(JsonNode operation, String name) {
		for (JsonNode parameter : operation.path("parameters")) {
			if (parameter.path("name").asString().equals(name)) {
				return parameter;
			}
		}
		throw new AssertionError("no parameter " + name);
	}

	private static JsonNode resolve(JsonNode api, JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		return ref.isEmpty() ? schema : api.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
