package org.podquote.search;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The index is rebuilt on a node with a standard distribution's modules, by the {@code reindex}
 * command and by the start-up check in the background; a one-node cluster is green; and a rebuild
 * that fails (a cluster an operator made read-only) says so on the search page, in {@code
 * /actuator/health} and in one line of the log, until a rebuild succeeds. The seed's 20 quotes.
 */
@OnOpenSearch
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class OpenSearchIndexRebuildTest {

	static final String FAILED_LINE = "The search index could not be rebuilt";

	@Autowired
	OpenSearchNode node;

	@Autowired
	ReindexCommand reindex;

	@Autowired
	IndexCheck check;

	@Autowired
	IndexStatus status;

	@Autowired
	MockMvc mvc;

	@Autowired
	QuoteSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aOneNodeClusterIsGreenWithTheIndexsSettings() throws Exception {
		assertThat(node.call("GET", "/_cluster/health?wait_for_status=green&timeout=10s", null))
			.contains("\"status\":\"green\"");
		assertThat(node.call("GET", "/quote-write/_settings", null)).contains("\"auto_expand_replicas\":\"0-1\"")
			.contains("\"number_of_shards\":\"1\"");
	}

	@Test
	void theReindexCommandRebuildsAnIndexThatLostQuotes() throws Exception {
		long quotes = jdbc.queryForObject("select count(*) from appearance", Long.class);
		assertThat(quotes).isPositive();
		loseQuotesFromTheIndex();
		mvc.perform(get("/actuator/health/search"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.status").value("DOWN"))
			.andExpect(jsonPath("$.components.searchIndex.details.state").value("out of step"))
			.andExpect(jsonPath("$.components.searchIndex.details.databaseQuotes").value(quotes))
			.andExpect(jsonPath("$.components.searchIndex.details.indexedQuotes").value(0));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = reindex.run(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Reindexed " + quotes + " quotes\n");
		assertHealthy(quotes);
		assertThat(search.search(SearchQuery.of("\"bad role models\"", 0, 10)).total()).isPositive();
	}

	@Test
	void theStartUpCheckRebuildsInTheBackground() throws Exception {
		long quotes = jdbc.queryForObject("select count(*) from appearance", Long.class);
		loseQuotesFromTheIndex();

		check.run(null);
		awaitRebuilt();

		assertThat(status.isFailed()).isFalse();
		assertHealthy(quotes);
		assertThat(search.search(SearchQuery.of("\"bad role models\"", 0, 10)).total()).isPositive();
	}

	@Test
	void aRebuildThatFailsIsSaidOnTheSearchPageInHealthAndInOneLogLine(CapturedOutput log) throws Exception {
		long quotes = jdbc.queryForObject("select count(*) from appearance", Long.class);
		node.call("PUT", "/_cluster/settings", "{\"persistent\": {\"cluster.blocks.read_only\": true}}");
		try {
			check.run(null);
			// out of step or not, the rebuild the check would start is what fails here
			check.rebuild();

			assertThat(status.isFailed()).isTrue();
			assertThat(log.getOut().lines().filter(line -> line.contains(FAILED_LINE)).toList()).singleElement()
				.satisfies(line -> assertThat(line).contains("ERROR", "cluster read-only", "run `reindex`"));
			assertThat(log.getOut()).doesNotContain("\tat org.hibernate");
			mvc.perform(get("/search").param("q", "persona"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(
						"The search index could not be rebuilt, so quotes are missing from these results.")));
			mvc.perform(get("/actuator/health"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("DOWN"))
				.andExpect(jsonPath("$.components.searchIndex.status").value("DOWN"))
				.andExpect(jsonPath("$.components.searchIndex.details").doesNotExist());
			mvc.perform(get("/actuator/health/search"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.components.searchIndex.details.state").value("failed"))
				.andExpect(jsonPath("$.components.searchIndex.details.error").value(org.hamcrest.Matchers.containsString("cluster read-only")))
				.andExpect(jsonPath("$.components.searchIndex.details.since").isString())
				.andExpect(jsonPath("$.components.searchIndex.details.databaseQuotes").value(quotes));

			ByteArrayOutputStream err = new ByteArrayOutputStream();
			assertThat(reindex.run(new PrintStream(new ByteArrayOutputStream()),
					new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(1);
			assertThat(err.toString(StandardCharsets.UTF_8))
				.contains("reindex: the search index could not be rebuilt: ")
				.contains("cluster read-only")
				.doesNotContain("\tat ");
		}
		finally {
			node.call("PUT", "/_cluster/settings", "{\"persistent\": {\"cluster.blocks.read_only\": null}}");
		}

		check.rebuild();
		assertThat(status.isFailed()).isFalse();
		assertHealthy(quotes);
		mvc.perform(get("/search").param("q", "persona"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(FAILED_LINE))));
	}

	/** What an operator's mistake or a lost shard does: the database keeps its quotes, the index has none. */
	void loseQuotesFromTheIndex() throws Exception {
		// _delete_by_query is the reindex module's: present on a standard distribution
		node.call("POST", "/quote-write/_delete_by_query?refresh=true", "{\"query\": {\"match_all\": {}}}");
	}

	private void awaitRebuilt() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (status.isRebuilding() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(status.isRebuilding()).isFalse();
	}

	private void assertHealthy(long quotes) throws Exception {
		mvc.perform(get("/actuator/health/search"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.searchIndex.details.state").value("ready"))
			.andExpect(jsonPath("$.components.searchIndex.details.databaseQuotes").value(quotes))
			.andExpect(jsonPath("$.components.searchIndex.details.indexedQuotes").value(quotes));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

}
