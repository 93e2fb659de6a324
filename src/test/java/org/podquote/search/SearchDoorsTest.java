package org.podquote.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podquote.testing.SeedLibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The six search parameters mean the same at every door that takes them: the search page, its
 * CSV, the API and the search feed, on the seed library.
 */
@SeedLibraryTest
class SearchDoorsTest {

	/** Every quote link carries its quote's id as {@code #a{id}}, in HTML, CSV, JSON and Atom alike. */
	private static final Pattern QUOTE_ID = Pattern.compile("#a(\\d+)");

	private static final String ALL = "q=archetype&sort=oldest";

	@Autowired
	MockMvc mvc;

	@Test
	void everyFilterThatKeepsEverythingGivesTheSameQuotesInTheSameOrderAtEveryDoor() throws Exception {
		String filtered = "q=archetype&speaker=sam-marks&podcast=lesswrong-curated-popular&from=2026-02&to=2026&sort=oldest";
		List<Long> all = ids("/search?" + ALL);

		assertThat(all).hasSizeGreaterThan(1);
		assertThat(ids("/search?" + filtered)).isEqualTo(all);
		assertThat(ids("/search.csv?" + filtered)).isEqualTo(all);
		assertThat(ids("/api/v1/search?" + filtered)).isEqualTo(all);
		// the feed is always newest first
		assertThat(ids("/feeds/search.atom?" + filtered)).containsExactlyInAnyOrderElementsOf(all);
	}

	@ParameterizedTest
	@ValueSource(strings = { "speaker=nobody", "podcast=nothing", "from=2026-03", "to=2025-12-31" })
	void aFilterThatKeepsNothingKeepsNothingAtEveryDoor(String filter) throws Exception {
		String query = ALL + "&" + filter;
		assertThat(ids("/search?" + ALL)).isNotEmpty();
		for (String door : List.of("/search?", "/search.csv?", "/api/v1/search?", "/feeds/search.atom?")) {
			assertThat(ids(door + query)).as(door + query).isEmpty();
		}
	}

	@Test
	void thePageAndTheApiTellTheEngineTime() throws Exception {
		for (String url : List.of("/search?" + ALL, "/api/v1/search?" + ALL)) {
			assertThat(response(url).getHeader(ServerTiming.HEADER)).as(url).matches("search;dur=\\d+\\.\\d");
		}
	}

	private List<Long> ids(String url) throws Exception {
		Matcher matcher = QUOTE_ID.matcher(response(url).getContentAsString());
		return Stream.iterate(matcher.find(), found -> found, found -> matcher.find())
			.map(found -> Long.parseLong(matcher.group(1)))
			.distinct()
			.toList();
	}

	private MockHttpServletResponse response(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response;
	}

}
