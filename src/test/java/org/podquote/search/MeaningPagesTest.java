package org.podquote.search;

import java.io.IOException;
import java.nio.file.Files;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.podquote.importer.ImportJob;
import org.podquote.search.meaning.QuoteEmbedding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Search by meaning on the pages and the API: the mode menu, "meaning search covers N%" while
 * quotes wait for their meaning, how each hit matched, similar quotes on a quote's page and
 * others who said similar things on a speaker's, on the test's own transcripts
 * ({@code fixtures/meaning/}), embedded by the real model.
 */
@SpringBootTest(properties = "podquote.test.context=meaning-pages")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeaningPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportJob importJob;

	@Autowired
	QuoteEmbedding embedding;

	@BeforeAll
	void importAndEmbed() throws Exception {
		assertThat(importJob.importUpload("pets.md", Files.readAllBytes(MeaningSearchContractTest.PETS), "Pet Talk")
			.failures()).isEmpty();
		Document before = page("/search?q=" + MeaningSearchContractTest.CANINE);
		assertThat(before.select(".meaning-coverage").text()).startsWith("Meaning search covers 0% of quotes (0 of 2");
		// nothing embedded yet: both is the word search, which finds nothing
		assertThat(before.select(".quote-card")).isEmpty();
		assertThat(importJob.importUpload("chores.md", Files.readAllBytes(MeaningSearchContractTest.CHORES), "House Notes")
			.failures()).isEmpty();
		embedding.embedAll(16, true, () -> {
		});
	}

	@Test
	void theSearchPageFindsAParaphraseByMeaningAndSaysHow() throws Exception {
		Document page = page("/search?q=" + MeaningSearchContractTest.CANINE);

		assertThat(page.select(".meaning-coverage")).isEmpty();
		assertThat(page.select("select#mode option[selected]").text()).isEqualTo("Words and meaning");
		assertThat(page.select("label[for=mode]").text()).isEqualTo("Find by");
		assertThat(page.select(".quote-card .quote-text").first().text()).isIn(MeaningSearchContractTest.DOG,
				MeaningSearchContractTest.PUPPIES);
		assertThat(page.select(".hit-how .match").first().text()).isEqualTo("Matched by meaning");
		long id = Long.parseLong(page.select(".quote-card").first().id().substring(1));
		assertThat(page.select(".hit-how a").first().attr("href")).isEqualTo("/quotes/" + id + "#similar");
	}

	@Test
	void byWordsOnlyTheParaphraseFindsNothing() throws Exception {
		Document page = page("/search?q=" + MeaningSearchContractTest.CANINE + "&mode=words");

		assertThat(page.select(".quote-card")).isEmpty();
		assertThat(page.select("select#mode option[selected]").attr("value")).isEqualTo("words");
		assertThat(page.select(".empty-state").text()).contains("No quotes match");
	}

	@Test
	void aHitFoundByWordsAndMeaningSaysBoth() throws Exception {
		Document page = page("/search?q=dog+outside");

		assertThat(page.select(".quote-card .quote-text").first().html()).contains("<mark>dog</mark>");
		assertThat(page.select(".hit-how .match").first().text()).isEqualTo("Matched by words and meaning");
	}

	@Test
	void aBadModeIsReadAsBothWithANote() throws Exception {
		Document page = page("/search?q=dog&mode=vibes");

		assertThat(page.select(".notes").text()).contains("search mode was not understood");
		assertThat(page.select(".quote-card")).isNotEmpty();
	}

	@Test
	void aQuotesPageListsSimilarQuotesFromOtherEpisodes() throws Exception {
		Document search = page("/search?q=%22chews+the+furniture%22&mode=words");
		String permalink = "/quotes/" + search.select(".quote-card").first().id().substring(1);

		Document quote = page(permalink);
		assertThat(quote.select("#similar h2").text()).isEqualTo("Similar quotes");
		assertThat(quote.select("#similar .quote-card .quote-text").first().text()).isEqualTo(MeaningSearchContractTest.PUPPIES);
		assertThat(quote.select("#similar .quote-card .podcast-link").eachText()).doesNotContain("Pet Talk");
	}

	@Test
	void aSpeakersPageNamesOthersWhoSaidSimilarThings() throws Exception {
		Document page = page("/speakers/mara-quill");

		assertThat(page.select("#said-alike h2").text()).isEqualTo("Others who said similar things");
		assertThat(page.select("#said-alike .said-alike-who a").eachText()).contains("Ines Harrow").doesNotContain("Mara Quill");
	}

	@Test
	void theApiSaysHowEachHitMatchedAndRefusesABadMode() throws Exception {
		MvcResult found = mvc.perform(get("/api/v1/search").param("q", MeaningSearchContractTest.CANINE).param("mode", "meaning"))
			.andReturn();
		assertThat(found.getResponse().getStatus()).isEqualTo(200);
		assertThat(found.getResponse().getContentAsString()).contains("\"matched\":\"meaning\"")
			.doesNotContain("\"matched\":\"words\"");

		MvcResult bad = mvc.perform(get("/api/v1/search").param("q", "dog").param("mode", "vibes")).andReturn();
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		assertThat(bad.getResponse().getContentAsString()).contains("\"parameter\":\"mode\"");
	}

	private Document page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
