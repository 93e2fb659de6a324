package org.podquote.system;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Once the app is ready it has asked itself for a page of each kind, and each answered. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "podquote.warm-up=true")
class WarmUpTest {

	@Autowired
	WarmUp warmUp;

	@Test
	void asksForAPageOfEachKindOnceReady() throws Exception {
		Map<String, Integer> statuses = warmUp.awaitStatuses(Duration.ofSeconds(60));
		assertThat(statuses).containsKeys("/", "/podcasts", "/podcasts/lesswrong-curated-popular",
				"/podcasts/lesswrong-curated-popular/episodes/the-persona-selection-model-by-sam-marks", "/speakers",
				"/speakers/sam-marks");
		assertThat(statuses.keySet()).anyMatch(path -> path.startsWith("/search?q="))
			.anyMatch(path -> path.startsWith("/api/v1/search?q="));
		assertThat(statuses).hasSize(8).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
	}

	@Test
	void searchesForTheLongestWordOfTheFirstQuotes() {
		String page = "<p class=\"turn-text\">Hi there.</p><p class=\"turn-text\">We measured idempotence &amp; more.</p>";
		assertThat(WarmUp.longestWord(page)).isEqualTo("idempotence");
		assertThat(WarmUp.longestWord("<p>nothing</p>")).isEqualTo("podcast");
	}

}
