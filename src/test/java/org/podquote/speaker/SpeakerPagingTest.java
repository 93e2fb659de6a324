package org.podquote.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.importer.ImportJob;
import org.podquote.system.PageSizes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A speaker of a few thousand quotes read page by page, in each order the page offers: every quote
 * comes exactly once, in that order, and the page after the last is not found.
 */
@SpringBootTest(properties = "podquote.seed=false")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeakerPagingTest {

	static final int EPISODES = 20;

	static final int TURNS = 100;

	@Autowired
	ImportJob job;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@TempDir
	static Path temp;

	/** Each quote of the speaker: its episode, the episode's date (or null) and its position there. */
	record Quote(long id, long episodeId, LocalDate date, int position) {
	}

	Map<Long, Quote> quotes = new HashMap<>();

	@BeforeAll
	void importABigSpeaker() throws Exception {
		Path show = Files.createDirectory(temp.resolve("Paging Desk"));
		for (int e = 1; e <= EPISODES; e++) {
			StringBuilder text = new StringBuilder();
			// every third episode undated; the others dated, two on one day
			if (e % 3 != 0) {
				text.append("---\ndate: ").append(LocalDate.of(2024, 1, 1).plusDays(e / 2 * 7)).append("\n---\n\n");
			}
			for (int t = 0; t < TURNS; t++) {
				// quotes that say more or less, many alike, so that the ranking has ties to break
				text.append("**Bea Big:** ")
					.append(String.join(" ", List.of("walrus", "tangerine", "harbour", "lantern", "violin", "quartz")
						.subList(0, 1 + (t * 7 + e) % 6)))
					.append(" number ").append(t % 4).append(".\n\n");
				// another voice between, so that the importer keeps each turn a passage of its own
				text.append("**Carl Small:** Yes.\n\n");
			}
			Files.writeString(show.resolve("paging-desk-" + e + ".md"), text, StandardCharsets.UTF_8);
		}
		assertThat(job.run(List.of(show.toString()), null, ImportJob.Progress.NONE).failures()).isEmpty();
		jdbc.query("""
				select a.id, a.episode_id, e.published_on, a.position from appearance a join episode e on e.id = a.episode_id
				join speaker s on s.id = a.speaker_id where s.slug = 'bea-big'""",
				r -> {
					quotes.put(r.getLong(1), new Quote(r.getLong(1), r.getLong(2), r.getObject(3, LocalDate.class), r.getInt(4)));
				});
		assertThat(quotes).hasSize(EPISODES * TURNS);
	}

	@Test
	void bestFirstGivesEveryQuoteOnceInTheRankingsOrder() throws Exception {
		List<Long> ranking = jdbc.queryForList("""
				select a.id from appearance a join speaker s on s.id = a.speaker_id where s.slug = 'bea-big'
				order by a.substance desc, a.id""", Long.class);
		assertThat(everyPage("")).isEqualTo(ranking);
	}

	@Test
	void newestFirstGivesEveryQuoteOnceByEpisodeDateThenInSpokenOrder() throws Exception {
		assertInEpisodeOrder(newest(), true);
	}

	@Test
	void oldestFirstGivesEveryQuoteOnceTheOtherWayRound() throws Exception {
		List<Long> read = everyPage("order=oldest");
		assertInEpisodeOrder(read, false);
		// the same episodes, the other way round; each episode's quotes still in spoken order
		assertThat(episodesOf(read)).isEqualTo(reversed(episodesOf(newest())));
	}

	private List<Long> newest;

	private List<Long> newest() throws Exception {
		if (newest == null) {
			newest = everyPage("order=newest");
		}
		return newest;
	}

	/** The speaker's quotes as the pages list them, page after page until the last. */
	private List<Long> everyPage(String order) throws Exception {
		int pages = (EPISODES * TURNS + PageSizes.QUOTES - 1) / PageSizes.QUOTES;
		List<Long> read = new ArrayList<>();
		for (int page = 1; page <= pages; page++) {
			Document html = page("/speakers/bea-big?" + order + "&page=" + page);
			List<Long> ids = html.select(".group-quote[id^=q]").eachAttr("id").stream().map(id -> Long.valueOf(id.substring(1))).toList();
			assertThat(ids).as("page %d", page).hasSize(PageSizes.QUOTES);
			read.addAll(ids);
		}
		MvcResult after = mvc.perform(get("/speakers/bea-big?" + order + "&page=" + (pages + 1))).andReturn();
		assertThat(after.getResponse().getStatus()).isEqualTo(404);
		assertThat(new HashSet<>(read)).as("no quote twice").hasSize(read.size());
		assertThat(new HashSet<>(read)).isEqualTo(quotes.keySet());
		return read;
	}

	/**
	 * Newest first: the dated episodes by date, the undated after them; oldest first the reverse.
	 * Each episode's quotes together, in spoken order.
	 */
	private void assertInEpisodeOrder(List<Long> read, boolean newest) {
		Set<Long> done = new HashSet<>();
		Quote previous = null;
		for (Long id : read) {
			Quote q = quotes.get(id);
			if (previous != null && previous.episodeId() == q.episodeId()) {
				assertThat(q.position()).isGreaterThan(previous.position());
			}
			else {
				assertThat(done.add(q.episodeId())).as("episode %d read in one run", q.episodeId()).isTrue();
				if (previous != null) {
					if (newest && previous.date() == null) {
						assertThat(q.date()).as("newest first, the undated come last").isNull();
					}
					else if (!newest && previous.date() != null) {
						assertThat(q.date()).as("oldest first, the undated (the reverse of newest) come first").isNotNull();
					}
					else if (q.date() != null && previous.date() != null) {
						assertThat(newest ? !q.date().isAfter(previous.date()) : !q.date().isBefore(previous.date())).isTrue();
					}
				}
			}
			previous = q;
		}
		assertThat(done).hasSize(EPISODES);
	}

	private List<Long> episodesOf(List<Long> read) {
		List<Long> episodes = new ArrayList<>();
		for (Long id : read) {
			long episode = quotes.get(id).episodeId();
			if (episodes.isEmpty() || episodes.get(episodes.size() - 1) != episode) {
				episodes.add(episode);
			}
		}
		return episodes;
	}

	private static List<Long> reversed(List<Long> list) {
		List<Long> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}

	private Document page(String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
