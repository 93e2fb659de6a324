package org.podquote.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same on a node with only the modules the index needs: no reindex module, so no {@code
 * _delete_by_query}, which the rebuild must not need.
 */
@SpringBootTest(properties = "podquote.test.opensearch.modules=bare")
class OpenSearchBareNodeRebuildTest extends OpenSearchIndexRebuildTest {

	private static final Pattern ID = Pattern.compile("\"_id\":\"([^\"]+)\"");

	@Test
	void theNodeHasNoDeleteByQuery() {
		assertThatThrownBy(() -> node.call("POST", "/quote-write/_delete_by_query", "{\"query\": {\"match_all\": {}}}"))
			.hasMessageContaining("no handler found");
	}

	/** Each quote deleted by its id, as the node has no delete-by-query. */
	@Override
	void loseQuotesFromTheIndex() throws Exception {
		Matcher ids = ID.matcher(node.call("GET", "/quote-read/_search?size=10000&_source=false", null));
		StringBuilder bulk = new StringBuilder();
		while (ids.find()) {
			bulk.append("{\"delete\": {\"_id\": \"").append(ids.group(1)).append("\"}}\n");
		}
		assertThat(bulk).isNotEmpty();
		node.call("POST", "/quote-write/_bulk?refresh=true", bulk.toString());
	}

}
