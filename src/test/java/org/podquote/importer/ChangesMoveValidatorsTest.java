package org.podquote.importer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.podquote.episode.EpisodeRepository;
import org.podquote.search.LibraryCache;
import org.podquote.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API's and the feeds' validators follow every change of the library: the library's version
 * (which the caches behind them, the latest import's time among them, are kept by) moves with each
 * import, edit, merge and removal, and so do the {@code Last-Modified} and the {@code ETag} that a
 * client sends back, so that no one is told "not modified" about a library that was.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.meaning.backfill=false" })
@AutoConfigureMockMvc
class ChangesMoveValidatorsTest {

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		Clock testClock() {
			return CLOCK;
		}

	}

	@Autowired
	ImportJob job;

	@Autowired
	IdentityEdits edits;

	@Autowired
	LibraryDeletions deletions;

	@Autowired
	EpisodeRepository episodes;

	@Autowired
	LibraryCache cache;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	private static final String SEARCH = "/api/v1/search?q=kettle&mode=words";

	private static final String FEED = "/feeds/search.atom?q=kettle";

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.US)
		.withZone(ZoneOffset.UTC);

	/** The search's and the feed's validators now, after the change {@code change} made at a later time. */
	private record Validators(long version, String lastModified, String etag, String feedEtag) {
	}

	private Validators now() throws Exception {
		MockHttpServletResponse api = mvc.perform(get(SEARCH)).andReturn().getResponse();
		MockHttpServletResponse feed = mvc.perform(get(FEED)).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(feed.getStatus()).isEqualTo(200);
		return new Validators(cache.version(), api.getHeader(HttpHeaders.LAST_MODIFIED), api.getHeader(HttpHeaders.ETAG),
				feed.getHeader(HttpHeaders.ETAG));
	}

	/** A change made a minute after the last: every validator moves, Last-Modified to the change's time. */
	private Validators changed(Validators before, Runnable change) throws Exception {
		CLOCK.advance(Duration.ofMinutes(1));
		change.run();
		Validators after = now();
		assertThat(after.version()).isGreaterThan(before.version());
		assertThat(after.lastModified()).isNotEqualTo(before.lastModified())
			.isEqualTo(HTTP_DATE.format(CLOCK.instant()));
		assertThat(after.etag()).isNotEqualTo(before.etag());
		assertThat(after.feedEtag()).isNotEqualTo(before.feedEtag());
		// asked again unchanged: the same validators, and a 304 for them
		assertThat(now()).isEqualTo(after);
		assertThat(mvc.perform(get(SEARCH).header(HttpHeaders.IF_NONE_MATCH, after.etag())).andReturn().getResponse()
			.getStatus()).isEqualTo(304);
		return after;
	}

	private void importShow(String file, String transcript) {
		assertThat(job.importUpload(file, transcript.getBytes(StandardCharsets.UTF_8), "Kettle Hour").failures())
			.isEmpty();
	}

	@Test
	void importsEditsMergesAndRemovalsEachMoveTheLastModifiedAndTheETag() throws Exception {
		importShow("first.md", "**Kay Kettle:** The kettle sings.\n\n**Lou Pot:** A kettle of fish.\n");
		Validators v = now();
		assertThat(mvc.perform(get(SEARCH).header(HttpHeaders.IF_MODIFIED_SINCE, v.lastModified())).andReturn()
			.getResponse().getStatus()).isEqualTo(304);

		v = changed(v, () -> importShow("second.md", "**Kay Kettle:** Another kettle, boiling.\n"));
		v = changed(v, () -> edits.rename("lou-pot", "Louise Pot"));
		v = changed(v, () -> edits.merge("louise-pot", "kay-kettle"));
		long second = jdbc.queryForObject("select id from episode where slug = 'second'", Long.class);
		changed(v, () -> deletions.deleteEpisode(episodes.findById(second).orElseThrow()));
	}

}
