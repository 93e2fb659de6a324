package org.podquote.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.podquote.testing.SeedLibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contract of /api/v1 on the seed library, through the whole MVC stack with its filters. */
@SeedLibraryTest
class ApiTest {

	static final String EPISODE = "the-persona-selection-model-by-sam-marks";

	static final String EPISODE_URL = "http://localhost/podcasts/lesswrong-curated-popular/episodes/" + EPISODE;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void searchFindsThePhraseWithHighlightsFacetsAndLinks() throws Exception {
		long id = jdbc.queryForObject("select id from appearance where text like '%bad role models%'", Long.class);
		json("/api/v1/search?q=\"bad role models\"").andExpect(jsonPath("$.q").value("\"bad role models\""))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.tookMs").isNumber())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.totalPages").value(1))
			.andExpect(jsonPath("$.notes").isEmpty())
			.andExpect(jsonPath("$.facets.speakers[0].value").value("sam-marks"))
			.andExpect(jsonPath("$.facets.speakers[0].label").value("Sam Marks"))
			.andExpect(jsonPath("$.facets.podcasts[0].value").value("lesswrong-curated-popular"))
			.andExpect(jsonPath("$.facets.years[0].value").value("2026"))
			.andExpect(jsonPath("$.hits", hasSize(1)))
			.andExpect(jsonPath("$.hits[0].id").value(id))
			.andExpect(jsonPath("$.hits[0].text").value("Unfortunately, many AIs appearing in fiction are bad role models."))
			.andExpect(jsonPath("$.hits[0].highlighted")
				.value("Unfortunately, many AIs appearing in fiction are <mark>bad role models</mark>."))
			.andExpect(jsonPath("$.hits[0].speaker.slug").value("sam-marks"))
			.andExpect(jsonPath("$.hits[0].speaker.url").value("http://localhost/speakers/sam-marks"))
			.andExpect(jsonPath("$.hits[0].episode.slug").value(EPISODE))
			.andExpect(jsonPath("$.hits[0].episode.title").value("\"The persona selection model\" by Sam Marks"))
			.andExpect(jsonPath("$.hits[0].podcast.title").value("LessWrong (Curated & Popular)"))
			.andExpect(jsonPath("$.hits[0].publishedOn").value("2026-02-25"))
			.andExpect(jsonPath("$.hits[0].startTime").isEmpty())
			.andExpect(jsonPath("$.hits[0].url").value(EPISODE_URL + "#a" + id))
			.andExpect(jsonPath("$.hits[0].score").isNumber());
	}

	@Test
	void searchSpeaksTheQueryLanguageAndExplainsOddInput() throws Exception {
		json("/api/v1/search?q=\"bad role").andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.notes[0].code").value("unbalanced-quote"))
			.andExpect(jsonPath("$.notes[0].message", startsWith("A quotation mark had no partner")));
		json("/api/v1/search?q=terminator OR \"HAL 9000\"").andExpect(jsonPath("$.total").value(1));
		json("/api/v1/search?q=ai&size=4&page=3&sort=OLDEST").andExpect(jsonPath("$.total").value(10))
			.andExpect(jsonPath("$.page").value(3))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.hits", hasSize(2)));
		json("/api/v1/search?q=models&speaker=nobody").andExpect(jsonPath("$.total").value(0));
		json("/api/v1/search?q=models&from=2027").andExpect(jsonPath("$.total").value(0));
		json("/api/v1/search?q=\"bad role models\"&from=2026-02&to=2026").andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void searchSuggestsASpellingAndLinksThePersonNamed() throws Exception {
		json("/api/v1/search?q=archetipe").andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.suggestion").value("archetype"))
			.andExpect(jsonPath("$.matches").isEmpty());
		json("/api/v1/search?q=archetype").andExpect(jsonPath("$.suggestion").isEmpty());
		json("/api/v1/search?q=Sam Marks").andExpect(jsonPath("$.matches", hasSize(1)))
			.andExpect(jsonPath("$.matches[0].kind").value("person"))
			.andExpect(jsonPath("$.matches[0].slug").value("sam-marks"))
			.andExpect(jsonPath("$.matches[0].name").value("Sam Marks"))
			.andExpect(jsonPath("$.matches[0].quotes").value(20))
			.andExpect(jsonPath("$.matches[0].url").value("http://localhost/speakers/sam-marks"))
			.andExpect(jsonPath("$.matches[0].apiUrl").value("http://localhost/api/v1/speakers/sam-marks"));
		json("/api/v1/search?q=LessWrong Curated, Popular").andExpect(jsonPath("$.matches[0].kind").value("show"))
			.andExpect(jsonPath("$.matches[0].url").value("http://localhost/podcasts/lesswrong-curated-popular"));
	}

	@Test
	void listsPeopleWithTotals() throws Exception {
		json("/api/v1/speakers").andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].slug").value("sam-marks"))
			.andExpect(jsonPath("$.items[0].name").value("Sam Marks"))
			.andExpect(jsonPath("$.items[0].appearances").value(20))
			.andExpect(jsonPath("$.items[0].url").value("http://localhost/speakers/sam-marks"))
			.andExpect(jsonPath("$.items[0].apiUrl").value("http://localhost/api/v1/speakers/sam-marks"))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.totalPages").value(1));
		json("/api/v1/speakers?page=2").andExpect(jsonPath("$.items").isEmpty()).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void showsAPersonWithCountsAndDates() throws Exception {
		json("/api/v1/speakers/sam-marks").andExpect(jsonPath("$.slug").value("sam-marks"))
			.andExpect(jsonPath("$.name").value("Sam Marks"))
			.andExpect(jsonPath("$.roles", contains("Author")))
			.andExpect(jsonPath("$.creditedEpisodes").value(1))
			.andExpect(jsonPath("$.appearances").value(20))
			.andExpect(jsonPath("$.episodes").value(1))
			.andExpect(jsonPath("$.podcasts").value(1))
			.andExpect(jsonPath("$.first").value("2026-02-25"))
			.andExpect(jsonPath("$.last").value("2026-02-25"))
			.andExpect(jsonPath("$.appearancesUrl").value("http://localhost/api/v1/speakers/sam-marks/appearances"))
			.andExpect(jsonPath("$.timelineUrl").value("http://localhost/api/v1/speakers/sam-marks/timeline"))
			.andExpect(jsonPath("$.atomUrl").value("http://localhost/feeds/speakers/sam-marks.atom"))
			.andExpect(jsonPath("$.nameKey").doesNotExist())
			.andExpect(jsonPath("$.id").doesNotExist());
	}

	@Test
	void pagesThroughAPersonsQuotes() throws Exception {
		json("/api/v1/speakers/sam-marks/appearances").andExpect(jsonPath("$.items", hasSize(20)))
			.andExpect(jsonPath("$.items[0].id").value(idAtPosition(0)))
			.andExpect(jsonPath("$.items[0].text", startsWith("According to PSM")));
		json("/api/v1/speakers/sam-marks/appearances?size=5&page=2").andExpect(jsonPath("$.items", hasSize(5)))
			.andExpect(jsonPath("$.items[0].id").value(idAtPosition(5)))
			.andExpect(jsonPath("$.items[0].speaker.slug").value("sam-marks"))
			.andExpect(jsonPath("$.items[0].episode.slug").value(EPISODE))
			.andExpect(jsonPath("$.items[0].podcast.slug").value("lesswrong-curated-popular"))
			.andExpect(jsonPath("$.items[0].url").value(EPISODE_URL + "#a" + idAtPosition(5)))
			.andExpect(jsonPath("$.items[0].permalink").value("http://localhost/quotes/" + idAtPosition(5)))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.total").value(20))
			.andExpect(jsonPath("$.totalPages").value(4));
	}

	@Test
	void countsAPersonsQuotesByMonthQuarterOrYear() throws Exception {
		json("/api/v1/speakers/sam-marks/timeline").andExpect(jsonPath("$.speaker.slug").value("sam-marks"))
			.andExpect(jsonPath("$.bucket").value("month"))
			.andExpect(jsonPath("$.buckets", hasSize(1)))
			.andExpect(jsonPath("$.buckets[0].period").value("2026-02"))
			.andExpect(jsonPath("$.buckets[0].label").value("February 2026"))
			.andExpect(jsonPath("$.buckets[0].from").value("2026-02-01"))
			.andExpect(jsonPath("$.buckets[0].to").value("2026-02-28"))
			.andExpect(jsonPath("$.buckets[0].count").value(20))
			.andExpect(jsonPath("$.dated").value(20))
			.andExpect(jsonPath("$.undated").value(0))
			.andExpect(jsonPath("$.total").value(20));
		json("/api/v1/speakers/sam-marks/timeline?bucket=quarter").andExpect(jsonPath("$.bucket").value("quarter"))
			.andExpect(jsonPath("$.buckets[0].period").value("2026-Q1"))
			.andExpect(jsonPath("$.buckets[0].to").value("2026-03-31"));
		json("/api/v1/speakers/sam-marks/timeline?bucket=YEAR").andExpect(jsonPath("$.bucket").value("year"))
			.andExpect(jsonPath("$.buckets[0].period").value("2026"))
			.andExpect(jsonPath("$.buckets[0].count").value(20));
	}

	@Test
	void listsShowsAndTheirEpisodes() throws Exception {
		json("/api/v1/podcasts").andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].slug").value("lesswrong-curated-popular"))
			.andExpect(jsonPath("$.items[0].title").value("LessWrong (Curated & Popular)"))
			.andExpect(jsonPath("$.items[0].episodes").value(1))
			.andExpect(jsonPath("$.items[0].first").value("2026-02-25"))
			.andExpect(jsonPath("$.total").value(1));
		json("/api/v1/podcasts/lesswrong-curated-popular").andExpect(jsonPath("$.title").value("LessWrong (Curated & Popular)"))
			.andExpect(jsonPath("$.episodes").value(1))
			.andExpect(jsonPath("$.quotes").value(20))
			.andExpect(jsonPath("$.last").value("2026-02-25"))
			.andExpect(jsonPath("$.episodesUrl").value("http://localhost/api/v1/podcasts/lesswrong-curated-popular/episodes"))
			.andExpect(jsonPath("$.atomUrl").value("http://localhost/feeds/podcasts/lesswrong-curated-popular.atom"));
		json("/api/v1/podcasts/lesswrong-curated-popular/episodes").andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].slug").value(EPISODE))
			.andExpect(jsonPath("$.items[0].publishedOn").value("2026-02-25"))
			.andExpect(jsonPath("$.items[0].durationSeconds").value(5664))
			.andExpect(jsonPath("$.items[0].duration").value("1:34:24"))
			.andExpect(jsonPath("$.items[0].quotes").value(20))
			.andExpect(jsonPath("$.items[0].url").value(EPISODE_URL))
			.andExpect(jsonPath("$.items[0].apiUrl").value("http://localhost/api/v1/episodes/lesswrong-curated-popular/" + EPISODE));
	}

	@Test
	void showsAnEpisodeWithItsTranscriptInOrder() throws Exception {
		json("/api/v1/episodes/lesswrong-curated-popular/" + EPISODE)
			.andExpect(jsonPath("$.title").value("\"The persona selection model\" by Sam Marks"))
			.andExpect(jsonPath("$.podcast.slug").value("lesswrong-curated-popular"))
			.andExpect(jsonPath("$.publishedOn").value("2026-02-25"))
			.andExpect(jsonPath("$.duration").value("1:34:24"))
			.andExpect(jsonPath("$.quotes").value(20))
			.andExpect(jsonPath("$.transcript", hasSize(20)))
			.andExpect(jsonPath("$.transcript[2].position").value(2))
			.andExpect(jsonPath("$.transcript[2].id").value(idAtPosition(2)))
			.andExpect(jsonPath("$.transcript[2].text").value("Think of the Terminator or HAL 9000."))
			.andExpect(jsonPath("$.transcript[2].speaker.name").value("Sam Marks"))
			.andExpect(jsonPath("$.transcript[2].voice").isEmpty())
			.andExpect(jsonPath("$.credits[0].name").value("Sam Marks"))
			.andExpect(jsonPath("$.credits[0].slug").value("sam-marks"))
			.andExpect(jsonPath("$.credits[0].role").value("Author"))
			.andExpect(jsonPath("$.credits[0].group").value("Writing"))
			.andExpect(jsonPath("$.transcript[2].url", endsWith("#a" + idAtPosition(2))))
			.andExpect(jsonPath("$.transcript[?(@.heading == true)].text")
				.value(contains("Interpretability-based alignment auditing will be tractable.")));
	}

	@Test
	void showsAQuote() throws Exception {
		long id = idAtPosition(2);
		json("/api/v1/quotes/" + id).andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.text").value("Think of the Terminator or HAL 9000."))
			.andExpect(jsonPath("$.heading").value(false))
			.andExpect(jsonPath("$.speaker.slug").value("sam-marks"))
			.andExpect(jsonPath("$.episode.url").value(EPISODE_URL))
			.andExpect(jsonPath("$.url").value(EPISODE_URL + "#a" + id))
			.andExpect(jsonPath("$.permalink").value("http://localhost/quotes/" + id))
			.andExpect(jsonPath("$.startMs").isEmpty());
	}

	@Test
	void readsCarryAnETagAndTheLibrarysLastModified() throws Exception {
		Instant imported = jdbc.queryForObject("select max(imported_at) from transcript_source", Timestamp.class).toInstant();
		MvcResult first = json("/api/v1/speakers/sam-marks").andReturn();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);

		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
			.isEqualTo(imported.truncatedTo(ChronoUnit.SECONDS));
		assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
		assertThat(json("/api/v1/speakers/sam-marks").andReturn().getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(json("/api/v1/speakers").andReturn().getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
	}

	@Test
	void conditionalReadsAreNotModified() throws Exception {
		String url = "/api/v1/speakers/sam-marks/appearances";
		MvcResult first = json(url).andReturn();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
		String dayBefore = DateTimeFormatter.RFC_1123_DATE_TIME.format(
				ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1).withZoneSameInstant(ZoneOffset.UTC));

		mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, etag))
			.andExpect(content().string(""));
		mvc.perform(get(url).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
			.andExpect(status().isNotModified())
			.andExpect(content().string(""));
		mvc.perform(get(url).header(HttpHeaders.IF_MODIFIED_SINCE, dayBefore)).andExpect(status().isOk());
		// If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2)
		mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, "\"stale\"").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(20));
		mvc.perform(get(url + "?page=2").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk());
		mvc.perform(head(url))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, etag))
			.andExpect(header().string(HttpHeaders.LAST_MODIFIED, lastModified))
			.andExpect(content().string(""));
		mvc.perform(head(url).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
	}

	@Test
	void searchesAreNotModifiedThoughTheEngineTimeVaries() throws Exception {
		String url = "/api/v1/search?q=models";
		String etag = json(url).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

		assertThat(etag).startsWith("W/\"");
		assertThat(json(url).andReturn().getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
		json(url).andExpect(header().exists("Server-Timing"));
	}

	@Test
	void problemsAreNeitherCachedNorValidated() throws Exception {
		mvc.perform(get("/api/v1/speakers/nobody"))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist(HttpHeaders.ETAG))
			.andExpect(header().doesNotExist(HttpHeaders.LAST_MODIFIED));
	}

	@Test
	void anyOriginMayReadButNotWrite() throws Exception {
		mvc.perform(get("/api/v1/podcasts").header(HttpHeaders.ORIGIN, "https://elsewhere.example"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
		mvc.perform(get("/api/v1/speakers/nobody").header(HttpHeaders.ORIGIN, "https://elsewhere.example"))
			.andExpect(status().isNotFound())
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
		mvc.perform(options("/api/v1/search").header(HttpHeaders.ORIGIN, "https://elsewhere.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET"));
		mvc.perform(options("/api/v1/search").header(HttpHeaders.ORIGIN, "https://elsewhere.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE"))
			.andExpect(status().isForbidden())
			.andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
		mvc.perform(post("/api/v1/search?q=x")).andExpect(status().isForbidden());
		mvc.perform(get("/").header(HttpHeaders.ORIGIN, "https://elsewhere.example"))
			.andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
	}

	@Test
	void theApiPageIsSwaggerUiServedFromTheJar() throws Exception {
		mvc.perform(get("/api")).andExpect(status().is3xxRedirection()).andExpect(header().string(HttpHeaders.LOCATION,
				"/swagger-ui/index.html"));
		String page = mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("swagger-ui-bundle.js").doesNotContain("//cdn").doesNotContain("https://");
		mvc.perform(get("/swagger-ui/swagger-ui-bundle.js")).andExpect(status().isOk());
		mvc.perform(get("/swagger-ui/swagger-initializer.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("petstore"))));
	}

	private ResultActions json(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_JSON));
	}

	private long idAtPosition(int position) {
		return jdbc.queryForObject("select id from appearance where position = ?", Long.class, position);
	}

}
