package org.podquote.importer;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SeedLoaderTest {

	@Autowired
	SeedLoader seedLoader;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loadsTheSeedOnFirstStartWithTheEpisodeFactsTheCaptureLacks() {
		assertThat(count("appearance")).isEqualTo(20);
		assertThat(count("speaker")).isEqualTo(1);
		Map<String, Object> episode = jdbc.queryForMap(
				"select e.slug, e.title, e.published_on, e.duration_seconds, e.audio_url, p.slug podcast from episode e join podcast p on p.id = e.podcast_id");
		assertThat(episode).containsEntry("SLUG", "the-persona-selection-model-by-sam-marks")
			.containsEntry("TITLE", "\"The persona selection model\" by Sam Marks")
			.containsEntry("PODCAST", "lesswrong-curated-popular")
			.containsEntry("DURATION_SECONDS", 5664)
			.containsEntry("AUDIO_URL", null);
		assertThat(episode.get("PUBLISHED_ON").toString()).isEqualTo("2026-02-25");
		assertThat(jdbc.queryForList("select distinct attribution from appearance", String.class))
			.containsExactly("EPISODE_TITLE");
		assertThat(jdbc.queryForObject("select count(*) from appearance where heading", Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForList("select position from appearance order by id", Integer.class))
			.containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).boxed().toList());
	}

	@Test
	void keepsTheSitesOwnCountAsProvenanceOnly() {
		String provenance = jdbc.queryForObject("select provenance from transcript_source", String.class);
		assertThat(provenance).contains("891 total appearances").contains("audioscrape.com");
		assertThat(jdbc.queryForObject("select appearance_count from transcript_source", Integer.class)).isEqualTo(20);
	}

	@Test
	void loadingTheSeedAgainAddsNothing() throws Exception {
		assertThat(seedLoader.load()).isZero();
		seedLoader.run(null);

		assertThat(count("appearance")).isEqualTo(20);
		assertThat(count("episode")).isEqualTo(1);
		assertThat(count("transcript_source")).isEqualTo(1);
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
