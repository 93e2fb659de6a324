package org.podquote.speaker;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podquote.importer.EpisodeTarget;
import org.podquote.importer.TranscriptImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A person's citation file and Atom feed, read episode by episode as their page reads them: the
 * newest episode first (an episode imported later but published earlier comes after), each
 * episode's quotes in spoken order, and every quote of theirs once. Shares its app with the
 * mentions tests.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.fetch.allowed-hosts=localhost",
		"podquote.test.context=chapters" })
@AutoConfigureMockMvc
class PersonListingsOrderTest {

	@Autowired
	TranscriptImporter importer;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void twoEpisodesImportedNewestFirst() {
		episode("listing-2", LocalDate.of(2023, 6, 1), "Second-episode first words.", "Second-episode last words.");
		episode("listing-1", LocalDate.of(2023, 1, 1), "First-episode first words.", "First-episode last words.");
	}

	@Test
	void citationsAndTheFeedAreNewestEpisodeFirstInSpokenOrder() throws Exception {
		JsonNode cited = JsonMapper.builder()
			.build()
			.readTree(mvc.perform(get("/speakers/lena-listing/citations.json"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
		List<String> quotes = new ArrayList<>();
		cited.forEach(item -> quotes.add(item.get("abstract").asString()));
		assertThat(quotes).containsExactly("Second-episode first words.", "Second-episode last words.",
				"First-episode first words.", "First-episode last words.");

		String feed = mvc.perform(get("/feeds/speakers/lena-listing.atom"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(feed.indexOf("Second-episode first words.")).isPositive()
			.isLessThan(feed.indexOf("Second-episode last words."));
		assertThat(feed.indexOf("Second-episode last words.")).isLessThan(feed.indexOf("First-episode first words."));
		assertThat(feed.indexOf("First-episode first words.")).isLessThan(feed.indexOf("First-episode last words."));
	}

	private void episode(String slug, LocalDate day, String first, String last) {
		importer.importTranscript(slug + ".vtt", slug + ".vtt", ("""
				WEBVTT

				00:00:00.000 --> 00:00:10.000
				<v Lena Listing>%s

				00:00:10.000 --> 00:00:20.000
				<v Max Other>Something in between.

				00:00:20.000 --> 00:00:30.000
				<v Lena Listing>%s
				""".formatted(first, last)).getBytes(StandardCharsets.UTF_8),
				new EpisodeTarget("Listing Hour", slug, slug, day, null, null, List.of()));
	}

}
