package org.podquote.speaker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podquote.importer.ImportJob;
import org.podquote.importer.ImportReport;
import org.podquote.importer.SharedData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Speaker pages of a real show: 33 Go Time transcripts of {@code ../shared/data} (episodes 130 to
 * 161, where Mat Ryer hosts most; 97, recorded live with an audience; 266, whose guest is labelled
 * by a handle) and the three JS Party episodes Mat Ryer is on, in a library of their own, closed
 * after the class. Skipped where the folder is missing, failed under {@code CI=true}.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.test.context=go-time-speaker-pages" })
@AutoConfigureMockMvc
@DirtiesContext
class GoTimeSpeakerPageTest {

	static final String MAT = "/speakers/mat-ryer";

	/** Labels of the files that are parts of the show or nobody in particular, never people. */
	static final List<String> NOT_PEOPLE = List.of("Jingle", "Promo", "Break", "Outro", "Intro", "Audience Member",
			"Ad", "Ads", "Sponsor", "Music", "Crowd", "Audience");

	private static boolean imported;

	@Autowired
	ImportJob job;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void importOnce() {
		if (imported) {
			return;
		}
		Path folder = SharedData.folder("changelog-transcripts/gotime");
		List<String> files = new ArrayList<>();
		IntStream.rangeClosed(130, 161).mapToObj(n -> folder.resolve("go-time-" + n + ".md")).filter(Files::exists)
			.forEach(file -> files.add(file.toString()));
		files.add(folder.resolve("go-time-97.md").toString());
		files.add(folder.resolve("go-time-266.md").toString());
		ImportReport report = job.run(files, "Go Time", ImportJob.Progress.NONE);
		assertThat(report.failures()).isEmpty();
		assertThat(report.imported()).isEqualTo(files.size());
		Path jsParty = SharedData.folder("changelog-transcripts/jsparty");
		List<String> his = List.of("js-party-130.md", "js-party-164.md", "js-party-200.md")
			.stream()
			.map(name -> jsParty.resolve(name).toString())
			.toList();
		assertThat(job.run(his, "JS Party", ImportJob.Progress.NONE).failures()).isEmpty();
		imported = true;
	}

	@Test
	void matRyersPageLeadsWithWhatHeSaidNotBanter() throws Exception {
		Document page = page(MAT);

		List<String> first = page.select(".group-quote .quote-text").eachText();
		assertThat(first).hasSize(10).allSatisfy(text -> {
			String words = text.replaceAll("\\[[^\\]]*]", " ").strip();
			assertThat(words.split("\\s+")).as(text).hasSizeGreaterThanOrEqualTo(8);
			assertThat(words).as(text).doesNotMatch("(?i)\\W*(yeah|yes|right|mm-hm|okay|uh-huh|\\[laughs])\\W*");
		});
		long quotes = count("select count(*) from appearance a join speaker s on s.id = a.speaker_id where s.slug = 'mat-ryer'");
		long episodes = count("""
				select count(distinct a.episode_id) from appearance a join speaker s on s.id = a.speaker_id
				where s.slug = 'mat-ryer'""");
		assertThat(page.select("#speaker-summary").text())
			.isEqualTo("%,d quotes in %d episodes on 2 podcasts".formatted(quotes, episodes));
		// the banter is still there, one click away, in spoken order
		assertThat(page(MAT + "?order=oldest").select(".group-quote .quote-text").eachText())
			.anySatisfy(text -> assertThat(text.split("\\s+")).hasSizeLessThan(8));
	}

	@Test
	void matRyerHostsTheShowsByTheTranscriptsAndThePageSaysItIsInferred() throws Exception {
		long goTime = count("select count(*) from episode e join podcast p on p.id = e.podcast_id where p.slug = 'go-time'");
		long his = count("""
				select count(distinct a.episode_id) from appearance a join speaker s on s.id = a.speaker_id
				join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id
				where s.slug = 'mat-ryer' and p.slug = 'go-time'""");

		assertThat(page(MAT).select(".role").text())
			.matches("Host of Go Time \\(inferred: in %d of %d episodes, first to speak in \\d+\\), ".formatted(his, goTime)
					+ "Host of JS Party \\(inferred: in 3 of 3 episodes(, first to speak in \\d+)?\\)");
		assertThat(page("/speakers/roberto-clapis").select(".role").text()).as("a guest").isEqualTo("Speaker");
	}

	@Test
	void aPodcastFilterKeepsTheRankingToOneShow() throws Exception {
		Document page = page(MAT);
		assertThat(page.select(".show-filter li").eachText()).hasSize(3).first().isEqualTo("All podcasts");
		assertThat(page.select(".show-filter a").eachAttr("href")).contains("/speakers/mat-ryer?podcast=js-party#appearances");

		for (String show : List.of("js-party", "go-time")) {
			List<String> ranked = jdbc.queryForList("""
					select a.text from appearance a join speaker s on s.id = a.speaker_id join episode e on e.id = a.episode_id
					join podcast p on p.id = e.podcast_id where s.slug = 'mat-ryer' and p.slug = ?
					order by a.substance desc, a.id""", String.class, show);
			Document first = page(MAT + "?podcast=" + show);
			Document third = page(MAT + "?podcast=" + show + "&page=3");
			assertThat(first.select(".group-quote .quote-text").eachText()).as(show).isEqualTo(text(ranked.subList(0, 10)));
			assertThat(third.select(".group-quote .quote-text").eachText()).as(show).isEqualTo(text(ranked.subList(20, 30)));
			assertThat(first.select(".list-summary").text()).startsWith("%,d quotes on ".formatted(ranked.size()));
			assertThat(first.select(".show-filter strong").text()).startsWith(show.equals("go-time") ? "Go Time" : "JS Party");
			assertThat(first.select(".episode-table tbody tr td:nth-child(2)").eachText()).as("the table too")
				.containsOnly(show.equals("go-time") ? "Go Time" : "JS Party");
		}
	}

	@Test
	void theEpisodeTableListsHisEpisodesWithTheirCountsTwentyAPage() throws Exception {
		List<Map<String, Object>> counts = jdbc.queryForList("""
				select e.slug, e.title, p.title podcast, count(*) quotes from appearance a join speaker s on s.id = a.speaker_id
				join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id
				where s.slug = 'mat-ryer' group by e.slug, e.title, p.title""");
		counts.sort(Comparator.comparing((Map<String, Object> row) -> (String) row.get("SLUG"), SpeakerEpisodes.NATURAL)
			.reversed());
		List<String> expected = counts.stream()
			.map(row -> row.get("TITLE") + " " + row.get("PODCAST") + " " + row.get("QUOTES"))
			.toList();

		Document first = page(MAT);
		Document second = page(MAT + "?episodePage=2");
		List<String> rows = new ArrayList<>(first.select(".episode-table tbody tr").eachText());
		rows.addAll(second.select(".episode-table tbody tr").eachText());

		assertThat(first.select(".episode-table tbody tr")).hasSize(20);
		assertThat(first.select("#episodes p.muted").text()).isEqualTo(counts.size() + " episodes, highest number first (they have no dates)");
		assertThat(rows).isEqualTo(expected);
		assertThat(first.select(".episode-table th").eachText()).containsExactly("Episode", "Podcast", "Quotes");
		assertThat(rows).filteredOn(row -> row.startsWith("Go Time #")).first().as("undated: the highest number first")
			.asString().startsWith("Go Time #161 ");
		assertThat(first.select("#episodes .pager a[rel=next]").attr("href")).isEqualTo(MAT + "?episodePage=2#episodes");
		assertThat(second.select(".group-quote .quote-text").eachText())
			.as("the quotes keep their own page").isEqualTo(first.select(".group-quote .quote-text").eachText());
	}

	@Test
	void allInOrderPagesRunOnAcrossEpisodes() throws Exception {
		List<String> expected = new ArrayList<>();
		List<Map<String, Object>> rows = jdbc.queryForList("""
				select e.slug, a.position, a.text from appearance a join speaker s on s.id = a.speaker_id
				join episode e on e.id = a.episode_id where s.slug = 'mat-ryer'""");
		rows.sort(Comparator.comparing((Map<String, Object> row) -> (String) row.get("SLUG"), SpeakerEpisodes.NATURAL.reversed())
			.thenComparing(row -> ((Number) row.get("POSITION")).intValue()));
		rows.subList(0, 60).forEach(row -> expected.add((String) row.get("TEXT")));

		List<String> shown = new ArrayList<>();
		for (int page = 1; page <= 6; page++) {
			shown.addAll(page(MAT + "?order=newest&page=" + page).select(".group-quote .quote-text").eachText());
		}
		assertThat(shown).isEqualTo(text(expected));
	}

	@Test
	void noPseudoSpeakerIsAPersonAndTheCountsAgree() throws Exception {
		List<String> people = new ArrayList<>();
		Document index = page("/speakers");
		people.addAll(index.select(".people-list .person-name").eachText());
		for (int n = 2; n <= index.select(".pager-pages a, .pager-pages .current").size(); n++) {
			people.addAll(page("/speakers?page=" + n).select(".people-list .person-name").eachText());
		}
		assertThat(people).doesNotContainAnyElementsOf(NOT_PEOPLE).contains("Mat Ryer", "chg");
		assertThat(people).noneSatisfy(name -> assertThat(name).containsIgnoringCase("audience"));
		assertThat(page("/").select(".totals div:has(dt:contains(People)) dd").text()).isEqualTo(String.valueOf(people.size()));
		assertThat(index.select(".people-count").text()).isEqualTo(people.size() + " people quoted");
		assertThat(page(MAT).select(".appears-with .person-name").eachText()).doesNotContainAnyElementsOf(NOT_PEOPLE);
		assertThat(page("/speakers?name=ryer").select(".people-list .person-name").eachText()).containsExactly("Mat Ryer");
	}

	@Test
	void aPersonCreditedButNeverQuotedIsToldSo() throws Exception {
		jdbc.update("insert into speaker (slug, name, name_key) values ('gwen-credit', 'Gwen Credit', 'gwen credit')");
		jdbc.update("""
				insert into credit (episode_id, speaker_id, role)
				select e.id, (select id from speaker where slug = 'gwen-credit'), 'host'
				from episode e order by e.id fetch first 6 rows only""");

		Document page = page("/speakers/gwen-credit");

		assertThat(page.select("#speaker-summary").text()).isEqualTo("Credited on 6 episodes, not quoted in any transcript");
		assertThat(page.text()).doesNotContain("Try another period").doesNotContain("0 quotes");
		assertThat(page.select(".role").text()).isEqualTo("Host");
		assertThat(page.select("#credited .episode-group")).hasSize(6);
		assertThat(page.select("#appearances, #episodes, .follow-link")).isEmpty();
		assertThat(page("/speakers?name=gwen").select(".people-list li")).as("not in the index: never quoted").isEmpty();
	}

	private Document page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	/** Stored text as a page shows it. */
	private static List<String> text(List<String> stored) {
		return stored.stream().map(text -> Jsoup.parse(text).text()).toList();
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

}
