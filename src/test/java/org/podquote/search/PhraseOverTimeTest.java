package org.podquote.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.importer.EpisodeTarget;
import org.podquote.importer.ImportJob;
import org.podquote.importer.TranscriptImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The search page charts its words over time, counting every match (not a page of them), by month
 * where episodes are dated and by episode number where not, and says who said them first (the
 * earliest dated match) and who most. Shares its app with the chapters tests.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.fetch.allowed-hosts=localhost",
		"podquote.test.context=chapters" })
@AutoConfigureMockMvc
class PhraseOverTimeTest {

	@Autowired
	TranscriptImporter importer;

	@Autowired
	ImportJob job;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path temp;

	@BeforeEach
	void load() throws Exception {
		episode("w-3", "Walrus Three", LocalDate.of(2023, 11, 2), "Wanda Walrus", "A walrus wobbles by.", "Otto Walrus",
				"Another walrus, and a walrus again.");
		episode("w-1", "Walrus One", LocalDate.of(2023, 6, 15), "Otto Walrus", "The first walrus of summer.",
				"Wanda Walrus", "No such animal here.");
		episode("w-2", "Walrus Two", LocalDate.of(2023, 6, 28), "Otto Walrus", "Walrus weather.", "Wanda Walrus",
				"The walrus is patient.");
		Path numbered = temp.resolve("Numbered Nights");
		Files.createDirectories(numbered);
		Files.writeString(numbered.resolve("numbered-nights-3.md"), "**Zed Zebra:** A zebra crossing at night.\n");
		Files.writeString(numbered.resolve("numbered-nights-5.md"), "**Zed Zebra:** Zebra stripes.\n\n**Yan Y:** Zebra, yes.\n");
		job.run(List.of(numbered.toString()), null, ImportJob.Progress.NONE);
	}

	@Test
	void chartsEveryMatchByMonthAndNamesWhoSaidItFirstAndMost() throws Exception {
		Document page = page("/search/over-time?q=walrus");
		assertThat(page.select("#over-time h2").text()).isEqualTo("Over time: walrus");
		List<String> counts = page.select("#over-time svg.chart rect.bar[data-count]").eachAttr("data-count");
		assertThat(counts.stream().mapToInt(Integer::parseInt).sum()).isEqualTo(5);
		assertThat(page.select("#over-time rect.bar[data-from=2023-06-01]").attr("data-count")).isEqualTo("3");
		assertThat(page.select("#over-time rect.bar[data-from=2023-11-01]").attr("data-count")).isEqualTo("2");
		// the earliest dated match, though its episode was imported second
		assertThat(page.select("#over-time .first-said").text()).isEqualTo("First said by Otto Walrus on 15 June 2023, in");
		assertThat(page.select("#over-time .first-said + a").text()).isEqualTo("Walrus One");
		assertThat(page.select("#over-time .over-time-facts a[href^=/speakers/]").eachText())
			.containsExactly("Otto Walrus", "Wanda Walrus");
		assertThat(page.select("#over-time .over-time-facts .count").eachText()).containsExactly("(3)", "(2)");
		// a bar narrows the search to its month
		assertThat(page.select("#over-time a.bar-group").eachAttr("href"))
			.contains("/search?q=walrus&from=2023-06-01&to=2023-06-30#appearances");
	}

	@Test
	void undatedMatchesAreChartedByEpisodeNumberAndNoOneIsFirst() throws Exception {
		Document page = page("/search/over-time?q=zebra");
		assertThat(page.select("#over-time svg.chart[aria-labelledby^=over-time-chart-title]")).isEmpty();
		assertThat(page.select("#over-time .episode-order h3 a").text()).isEqualTo("Numbered Nights");
		assertThat(page.select("#over-time .episode-order rect.bar[data-count]").eachAttr("data-count")
			.stream().mapToInt(Integer::parseInt).sum()).isEqualTo(3);
		assertThat(page.select("#over-time .first-said")).isEmpty();
		assertThat(page.select("#over-time .over-time-facts a").eachText()).containsExactly("Zed Zebra", "Yan Y");
	}

	@Test
	void theResultsPageLinksToTheChartInsteadOfWaitingForIt() throws Exception {
		Document results = page("/search?q=walrus&speaker=otto-walrus&sort=newest");
		// counted after the page has loaded (podquote.js puts the chart in the link's place)
		assertThat(results.select("#over-time[data-over-time] h2").text()).isEqualTo("Over time: walrus");
		assertThat(results.select("#over-time svg, #over-time .first-said")).isEmpty();
		String link = results.select("#over-time a").attr("href");
		assertThat(link).isEqualTo("/search/over-time?q=walrus&speaker=otto-walrus");

		// the chart's own page, for that link without scripts: the same search, and the way back
		Document chart = page(link);
		assertThat(chart.select("#over-time .over-time-facts a[href^=/speakers/]").eachText())
			.containsExactly("Otto Walrus");
		assertThat(chart.select("#over-time svg.chart rect.bar[data-count]").eachAttr("data-count")
			.stream().mapToInt(Integer::parseInt).sum()).isEqualTo(3);
		assertThat(chart.select("p.back a").attr("href")).isEqualTo("/search?q=walrus&speaker=otto-walrus");
		assertThat(page("/search/over-time?q=nothingmatchesthis").select("#over-time p.muted").text())
			.isEqualTo("No quotes match \u201cnothingmatchesthis\u201d.");
		assertThat(page("/search/over-time").select("#over-time svg")).isEmpty();
	}

	@Test
	void onlyTheFirstPageOfResultsAndNoEmptySearchHasIt() throws Exception {
		assertThat(page("/search?q=walrus&page=2").select("#over-time")).isEmpty();
		assertThat(page("/search?q=nothingmatchesthis").select("#over-time")).isEmpty();
		assertThat(page("/search").select("#over-time")).isEmpty();
	}

	private void episode(String guid, String title, LocalDate date, String first, String firstText, String second,
			String secondText) {
		String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v " + first + ">" + firstText
				+ "\n\n00:00:05.000 --> 00:00:09.000\n<v " + second + ">" + secondText + "\n";
		importer.importTranscript(guid + ".vtt", guid + ".vtt", vtt.getBytes(StandardCharsets.UTF_8),
				new EpisodeTarget("Walrus Weekly", guid, title, date, null, null, List.of()));
	}

	private Document page(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
