package org.podquote.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.podquote.importer.CapturedPageImporter;
import org.podquote.importer.format.SpeakerPageParser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes holding markup: its own context, since it adds to the library. */
@SpringBootTest(properties = "podquote.seed=false")
class SnippetEscapingTest {

	@Autowired
	CapturedPageImporter importer;

	@Autowired
	QuoteSearch search;

	@Test
	void markupInAQuoteIsShownAsTextAroundTheHighlight() throws Exception {
		String page = Files.readString(Path.of("src/test/resources/fixtures/speaker-page/two-episodes.txt"),
				StandardCharsets.UTF_8);
		importer.importPage("two-episodes.txt", "sha-of-two-episodes",
				new SpeakerPageParser().parse("two-episodes.txt", page));

		SearchPage<QuoteHit> result = search.search(SearchQuery.of("obvious", 0, 10));

		assertThat(result.hits()).singleElement().satisfies(hit -> {
			Element snippet = Jsoup.parseBodyFragment(hit.snippetHtml()).body();
			assertThat(snippet.text()).isEqualTo("First we <b>tried</b> the obvious thing & it failed.");
			assertThat(snippet.select("mark")).extracting(Element::text).containsExactly("obvious");
			assertThat(snippet.select("b")).isEmpty();
		});
		// Nothing to mark: the snippet is the quote's beginning, escaped all the same.
		assertThat(search.search(SearchQuery.of("-matter", 0, 10)).hits())
			.filteredOn(hit -> hit.quote().text().contains("obvious"))
			.singleElement()
			.satisfies(hit -> {
				Element snippet = Jsoup.parseBodyFragment(hit.snippetHtml()).body();
				assertThat(snippet.text()).isEqualTo("First we <b>tried</b> the obvious thing & it failed.");
				assertThat(snippet.children()).isEmpty();
			});
		assertThat(search.search(SearchQuery.of("\"role models matter\"", 0, 10)).hits()).singleElement()
			.satisfies(hit -> assertThat(hit.quote().speakerName()).isEqualTo("Ada Example"));
	}

}
