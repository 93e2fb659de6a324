package org.podquote.speaker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.importer.ImportJob;
import org.podquote.importer.ImportReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A person's speaking time, as their page and the API give it from the figure kept per episode, is
 * the sum of their shares on the pages of the episodes they speak in (the same rule: to a passage's
 * end, else to the next passage's start), and stays so after the admin merges two people and moves
 * an episode's quotes to someone else.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.admin.username=admin",
		"podquote.admin.password=correct horse battery" })
@AutoConfigureMockMvc
class SpeakingTimeFiguresTest {

	static final List<String> EPISODES = List.of("timing-desk-1", "timing-desk-2");

	@Autowired
	ImportJob job;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path temp;

	@Test
	void aPersonsTotalIsTheSumOfTheirEpisodeSharesThroughAMergeAndAMove() throws Exception {
		Path desk = Files.createDirectory(temp.resolve("Timing Desk"));
		// starts only: each passage lasts to the next one's start; an untimed one counts nothing
		Files.writeString(desk.resolve("timing-desk-1.md"), """
				**Tess Timer** (00:00:00): Hello and welcome.

				**Rex Relay** (00:00:12): Thanks for having me.

				**Speaker 1** (00:00:20): A voice.

				**Tess Timer** (00:00:25): Let us begin.

				**Rex Relay**: An untimed reply.

				**Tess Timer** (00:01:00): Closing words.
				""", StandardCharsets.UTF_8);
		// with ends
		Files.writeString(desk.resolve("timing-desk-2.json"), """
				{"version": "1.0.0", "segments": [
				  {"speaker": "Tess Timer", "startTime": 0, "endTime": 30, "body": "Thirty seconds."},
				  {"speaker": "Rex Relay", "startTime": 30, "endTime": 40, "body": "Ten seconds."},
				  {"speaker": "Tess Timer", "startTime": 45, "endTime": 50, "body": "Five more."}]}
				""", StandardCharsets.UTF_8);
		// and one with no times at all: it counts nothing, and the page says the time covers part of her episodes
		Files.writeString(desk.resolve("timing-desk-3.md"), """
				**Tess Timer**: No times in this one.
				""", StandardCharsets.UTF_8);
		ImportReport report = job.run(List.of(desk.toString()), null, ImportJob.Progress.NONE);
		assertThat(report.failures()).isEmpty();

		assertThat(total("tess-timer")).isEqualTo(12 + 35).isEqualTo(sumOfShares("tess-timer"));
		assertThat(total("rex-relay")).isEqualTo(8 + 10).isEqualTo(sumOfShares("rex-relay"));

		admin("/admin/speakers/rex-relay/identity/merge", "into", "tess-timer");
		assertThat(total("tess-timer")).isEqualTo(47 + 18).isEqualTo(sumOfShares("tess-timer"));
		assertThat(jdbc.queryForObject("""
				select count(*) from speaker_episode_stats t join speaker s on s.id = t.speaker_id
				where s.slug = 'rex-relay'""", Long.class)).isZero();

		long second = jdbc.queryForObject("select id from episode where slug = 'timing-desk-2'", Long.class);
		assertThat(mvc.perform(post("/admin/speakers/tess-timer/identity/move").param("episode", String.valueOf(second))
			.param("to", "Nova New")
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(total("nova-new")).isEqualTo(45).isEqualTo(sumOfShares("nova-new"));
		assertThat(total("tess-timer")).isEqualTo(20).isEqualTo(sumOfShares("tess-timer"));
		assertThat(page("/speakers/tess-timer"))
			.contains("Speaking time 0:20, in the 1 of their 2 episodes whose transcripts are timed");
		assertThat(page("/speakers/nova-new")).contains("Speaking time 0:45").doesNotContain("whose transcripts are timed");
	}

	/** Seconds, from the API, which reads the same figure as the person's page. */
	private long total(String slug) throws Exception {
		return json("/api/v1/speakers/" + slug).get("speakingSeconds").asLong();
	}

	/** The person's share in seconds on each episode's page, summed. */
	private long sumOfShares(String slug) throws Exception {
		long seconds = 0;
		for (String episode : EPISODES) {
			for (JsonNode share : json("/api/v1/episodes/timing-desk/" + episode).get("speakingTime")) {
				if (slug.equals(share.path("slug").asString(null))) {
					seconds += share.get("seconds").asLong();
				}
			}
		}
		return seconds;
	}

	private void admin(String path, String name, String value) throws Exception {
		assertThat(mvc.perform(post(path).param(name, value).with(csrf()).with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
	}

	private String page(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return org.jsoup.Jsoup.parse(response.getContentAsString()).select(".speaking-total").text();
	}

	private JsonNode json(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.getContentAsString());
	}

}
