package org.podquote.mcp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MCP server as an assistant meets it: the SDK's own client over Streamable HTTP against the
 * app on a real port, holding the seed (Sam Marks, 20 quotes of one LessWrong episode). Every tool
 * is listed and called; bad calls come back as tool errors with a sentence, never a trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "podquote.seed=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpServerTest {

	static final String PODCAST = "lesswrong-curated-popular";

	static final String EPISODE = "the-persona-selection-model-by-sam-marks";

	@LocalServerPort
	int port;

	McpSyncClient client;

	@BeforeAll
	void connect() {
		client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://localhost:" + port).endpoint("/mcp").build())
			.requestTimeout(Duration.ofSeconds(30))
			.build();
		client.initialize();
	}

	@AfterAll
	void disconnect() {
		client.close();
	}

	@Test
	void listsTheReadOnlyTools() {
		List<McpSchema.Tool> tools = client.listTools().tools();
		assertThat(tools).extracting(McpSchema.Tool::name)
			.containsExactlyInAnyOrder("search_quotes", "get_speaker", "list_speaker_quotes", "read_transcript", "get_quote");
		assertThat(tools).allSatisfy(tool -> {
			assertThat(tool.annotations().readOnlyHint()).isTrue();
			assertThat(tool.description()).isNotBlank();
		});
		McpSchema.Tool search = tools.stream().filter(t -> t.name().equals("search_quotes")).findFirst().orElseThrow();
		assertThat(search.inputSchema().get("required")).isEqualTo(List.of("q"));
	}

	@Test
	void searchesQuotesInTheQueryLanguageOfTheSearchPage() {
		Map<String, Object> result = ok(call("search_quotes", Map.of("q", "\"bad role models\"", "speaker", "sam-marks")));
		assertThat(((Number) result.get("total")).longValue()).isPositive();
		List<Map<String, Object>> hits = list(result.get("hits"));
		Map<String, Object> quote = map(hits.get(0).get("quote"));
		assertThat(quote.get("speakerSlug")).isEqualTo("sam-marks");
		assertThat(quote.get("podcastSlug")).isEqualTo(PODCAST);
		assertThat(String.valueOf(quote.get("permalink"))).startsWith("http://localhost:" + port + "/quotes/");
		assertThat(String.valueOf(hits.get(0).get("snippet"))).contains("**bad role models**");
		// a phrase not said finds nothing, and says so with a total of 0 rather than an error
		Map<String, Object> none = ok(call("search_quotes", Map.of("q", "\"zebra carburettor\"")));
		assertThat(((Number) none.get("total")).longValue()).isZero();
	}

	@Test
	void getsASpeakerWithTotalsAndTopEpisodes() {
		Map<String, Object> speaker = ok(call("get_speaker", Map.of("speaker", "Sam Marks")));
		assertThat(speaker.get("slug")).isEqualTo("sam-marks");
		assertThat(((Number) speaker.get("appearances")).longValue()).isEqualTo(20);
		assertThat(((Number) speaker.get("episodes")).longValue()).isEqualTo(1);
		List<Map<String, Object>> top = list(speaker.get("topEpisodes"));
		assertThat(top).hasSize(1);
		assertThat(top.get(0).get("episodeSlug")).isEqualTo(EPISODE);
		assertThat(((Number) top.get(0).get("quotes")).longValue()).isEqualTo(20);
	}

	@Test
	void listsASpeakersQuotesAPageAtATime() {
		Map<String, Object> page = ok(call("list_speaker_quotes", Map.of("speaker", "sam-marks", "size", 5, "page", 2)));
		assertThat(((Number) page.get("total")).longValue()).isEqualTo(20);
		assertThat(((Number) page.get("pages")).longValue()).isEqualTo(4);
		assertThat(list(page.get("quotes"))).hasSize(5);
	}

	@Test
	void readsATranscriptInSpokenOrder() {
		Map<String, Object> transcript = ok(call("read_transcript", Map.of("podcast", PODCAST, "episode", EPISODE,
				"lines", 3)));
		assertThat(((Number) transcript.get("totalQuotes")).intValue()).isEqualTo(20);
		assertThat(((Number) transcript.get("firstPosition")).intValue()).isEqualTo(1);
		assertThat(list(transcript.get("quotes"))).hasSize(3);
		// the seed is untimed: a time is read from the start, and the answer says so
		Map<String, Object> at = ok(call("read_transcript", Map.of("podcast", PODCAST, "episode", EPISODE, "at", "12:00")));
		assertThat(String.valueOf(at.get("note"))).contains("no times");
	}

	@Test
	void getsAQuoteWithItsCitationAndPermalink() {
		Map<String, Object> hit = map(list(ok(call("search_quotes", Map.of("q", "fiction"))).get("hits")).get(0).get("quote"));
		long id = ((Number) hit.get("id")).longValue();
		Map<String, Object> quote = ok(call("get_quote", Map.of("id", id)));
		String permalink = "http://localhost:" + port + "/quotes/" + id;
		assertThat(quote.get("permalink")).isEqualTo(permalink);
		assertThat(String.valueOf(quote.get("citation"))).startsWith("Sam Marks, \u201c").endsWith(permalink);
	}

	@Test
	void answersBadCallsWithToolErrorsThatSayWhy() {
		assertThat(error(call("get_speaker", Map.of("speaker", "nobody-at-all")))).contains("No speaker 'nobody-at-all'");
		assertThat(error(call("get_quote", Map.of("id", 999_999_999)))).isEqualTo("No quote with the id 999999999.");
		assertThat(error(call("search_quotes", Map.of("q", "  ")))).isEqualTo("The argument 'q' is required.");
		assertThat(error(call("list_speaker_quotes", Map.of("speaker", "sam-marks", "size", 500))))
			.isEqualTo("The argument 'size' must be between 1 and 50, not 500.");
		assertThat(error(call("read_transcript", Map.of("podcast", PODCAST, "episode", "no-such-episode"))))
			.startsWith("No episode 'no-such-episode' in the podcast '" + PODCAST + "'");
		assertThat(error(call("read_transcript", Map.of("podcast", PODCAST, "episode", EPISODE, "at", "soon"))))
			.contains("must be seconds");
	}

	@Test
	void refusesWebPagesOfOtherSites() throws Exception {
		String list = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";
		assertThat(post(list, "http://evil.example").statusCode()).isEqualTo(403);
		HttpResponse<String> own = post(list, "http://localhost:" + port);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("\"search_quotes\"");
	}

	private HttpResponse<String> post(String body, String origin) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mcp"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, text/event-stream")
			.header("Origin", origin)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private McpSchema.CallToolResult call(String tool, Map<String, Object> arguments) {
		return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
	}

	private static Map<String, Object> ok(McpSchema.CallToolResult result) {
		assertThat(result.isError()).as(text(result)).isFalse();
		return map(result.structuredContent());
	}

	private static String error(McpSchema.CallToolResult result) {
		assertThat(result.isError()).isTrue();
		String text = text(result);
		assertThat(text).doesNotContain("Exception").doesNotContain("\tat ");
		return text;
	}

	private static String text(McpSchema.CallToolResult result) {
		return result.content().stream().map(c -> ((McpSchema.TextContent) c).text()).reduce("", String::concat);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
