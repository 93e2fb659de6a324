package org.podquote.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podquote.importer.ImportJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Searches with very many hits: their total is "about N" and their facets are counted on the sample.
 * The threshold is lowered to 40 here, so that a transcript of the test's own (three hundred and
 * twenty quotes of "widget" by four people, written below) is "very many".
 */
@SpringBootTest(properties = { "podquote.test.context=bounded-count", "podquote.search.exact-count-below=40",
		// no embeddings written in the background: each is a change of the library, which empties its caches
		"podquote.meaning.backfill=false" })
@AutoConfigureMockMvc
class BoundedCountTest {

	static final List<String> PEOPLE = List.of("Ada Widget", "Bo Sprocket", "Cy Gear", "Di Lever");

	@Autowired
	QuoteSearch search;

	@Autowired
	ImportJob importJob;

	@Autowired
	MockMvc mvc;

	@Autowired
	HibernateQuoteSearch words;

	@Autowired
	LibraryVersion version;

	@BeforeEach
	void importManyWidgets() {
		if (search.search(SearchQuery.of("widget", 0, 1)).total() > 0) {
			return;
		}
		StringBuilder transcript = new StringBuilder();
		for (int i = 0; i < 320; i++) {
			// each person says it a different number of times: 40% Ada, 30% Bo, 20% Cy, 10% Di
			String who = PEOPLE.get(i % 10 < 4 ? 0 : i % 10 < 7 ? 1 : i % 10 < 9 ? 2 : 3);
			transcript.append("**").append(who).append(":** The widget number ").append(i)
				.append(" turns ").append(i % 2 == 0 ? "left" : "right").append(".\n\n");
			transcript.append("**Moderator:** Next.\n\n");
		}
		// and one quote of another word, for a search with few hits
		transcript.append("**Ed Knob:** A gadget.\n\n");
		assertThat(importJob.importUpload("widgets.md", transcript.toString().getBytes(StandardCharsets.UTF_8),
				"Widget Hour").failures()).isEmpty();
	}

	/** Every hit of a query, exactly: a search without facets counts exactly, whatever the size. */
	private List<QuoteHit> every(String q) {
		List<QuoteHit> all = new ArrayList<>();
		for (int page = 0;; page++) {
			SearchPage<QuoteHit> p = search.search(SearchQuery.of(q, page, 100));
			assertThat(p.exact()).isTrue();
			all.addAll(p.hits());
			if (all.size() >= p.total()) {
				return all;
			}
		}
	}

	private SearchPage<QuoteHit> withFacets(String q) {
		return search.search(SearchCriteria.read(new SearchParams(q, null, null, null, null, null)).query(0, 20));
	}

	private static SearchQuery withSpeaker(String q, String speaker) {
		return SearchCriteria.read(new SearchParams(q, speaker, null, null, null, null, "words")).query(0, 20);
	}

	/** The page's search by words alone (words and meaning make passes of their own). */
	private static SearchQuery byWords(String q, int page) {
		return SearchCriteria.read(new SearchParams(q, null, null, null, null, null, "words")).query(page, 20);
	}

	@Test
	void manyHitsAreCountedOnTheSampleAndScaled() {
		List<QuoteHit> all = every("widget");
		assertThat(all).hasSize(320);
		List<QuoteHit> sampled = all.stream().filter(h -> QuoteIndexMapping.sampled(h.quote().id())).toList();
		assertThat(sampled).isNotEmpty().hasSizeLessThan(all.size());

		SearchPage<QuoteHit> page = withFacets("widget");

		assertThat(page.exact()).isFalse();
		assertThat(page.total()).isEqualTo(QuoteIndexMapping.SAMPLE_RATE * sampled.size());
		assertThat(page.hits()).hasSize(20);
		Map<String, Long> expected = new HashMap<>();
		sampled.forEach(h -> expected.merge(h.quote().speakerSlug(), (long) QuoteIndexMapping.SAMPLE_RATE, Long::sum));
		Map<String, Long> counted = new HashMap<>();
		page.facets().speakers().forEach(f -> counted.put(f.value(), f.count()));
		assertThat(counted).isEqualTo(expected);
		assertThat(page.facets().podcasts()).singleElement()
			.satisfies(f -> assertThat(f.count()).isEqualTo(page.total()));
	}

	@Test
	void fewHitsAreCountedExactly() {
		// "right" is in half of the widget quotes, 160: still many; Di says it in 32 (every tenth, all odd)
		SearchPage<QuoteHit> page = search.search(new SearchQuery("right", "di-lever", null, null, null, null,
				SearchQuery.Sort.RELEVANCE, 0, 20, true));

		assertThat(page.exact()).isTrue();
		assertThat(page.total()).isEqualTo(32);
		assertThat(page.about()).isEqualTo(32);
		assertThat(page.facets().speakers()).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(32));
	}

	/** The engine's passes that {@code search} makes. */
	private long passes(Runnable search) {
		HibernateQuoteSearch target = AopTestUtils.getTargetObject(words);
		long before = target.passes();
		search.run();
		return target.passes() - before;
	}

	/** Until the library has not changed for {@link LibraryCache#SETTLE}: what is counted before may not be kept. */
	private void settled() throws InterruptedException {
		long wait = LibraryCache.SETTLE.toNanos() - version.sinceChange();
		if (wait > 0) {
			Thread.sleep(wait / 1_000_000 + 1);
		}
	}

	private static void sameCounts(SearchPage<QuoteHit> a, SearchPage<QuoteHit> b) {
		assertThat(b.total()).isEqualTo(a.total());
		assertThat(b.exact()).isEqualTo(a.exact());
		assertThat(b.facets()).isEqualTo(a.facets());
	}

	@Test
	void aSearchAskedAgainMakesOnePassAndCountsTheSame() throws Exception {
		settled();
		// words of their own, that no other test here searches for: each test's first search is the first
		// "widget left" in 160 quotes, "turns" in 320 (none of them Ed's): the first time, the sample's count and
		// then the page; after that, the page alone. "gadget" is in one quote, which the term dictionary says:
		// too few for the sample to find many, so the page alone from the first time on
		for (SearchQuery query : List.of(byWords("widget left", 0), withSpeaker("turns", "ed-knob"), byWords("gadget", 0))) {
			long first = query.text().equals("gadget") ? 1 : 2;
			List<SearchPage<QuoteHit>> pages = new ArrayList<>();
			assertThat(passes(() -> pages.add(search.search(query)))).as(query.text()).isEqualTo(first);
			assertThat(passes(() -> pages.add(search.search(query)))).as(query.text()).isEqualTo(1);
			sameCounts(pages.get(0), pages.get(1));
			assertThat(pages.get(1).hits()).isEqualTo(pages.get(0).hits());
		}
		SearchPage<QuoteHit> gadget = search.search(byWords("gadget", 0));
		assertThat(gadget.exact()).isTrue();
		assertThat(gadget.total()).isEqualTo(1);
		assertThat(gadget.facets().speakers()).containsExactly(new Facets.Facet("ed-knob", "Ed Knob", 1));
		// another page of the same search counts the same from the same sample
		SearchPage<QuoteHit> first = search.search(byWords("widget left", 0));
		List<SearchPage<QuoteHit>> second = new ArrayList<>();
		assertThat(passes(() -> second.add(search.search(byWords("widget left", 1))))).isEqualTo(1);
		sameCounts(first, second.get(0));
		assertThat(second.get(0).hits()).doesNotContainAnyElementsOf(first.hits());
		// so do the page and the API, which make the same search
		assertThat(passes(() -> perform("/search?q={q}&mode=words", "widget left"))).isEqualTo(1);
		assertThat(passes(() -> perform("/api/v1/search?q={q}&mode=words", "widget left"))).isEqualTo(1);
	}

	@Test
	void aChangeOfTheLibraryCountsTheSampleAgain() throws Exception {
		settled();
		search.search(byWords("widget number", 0));
		assertThat(passes(() -> search.search(byWords("widget number", 0)))).isEqualTo(1);

		// a show of its own, with none of the words the other tests count
		assertThat(importJob.importUpload("gizmos.md", "**Ed Knob:** A gizmo.\n\n**Moderator:** Next.\n\n"
			.getBytes(StandardCharsets.UTF_8), "Gizmo Hour").failures()).isEmpty();
		settled();

		assertThat(passes(() -> search.search(byWords("widget number", 0)))).isEqualTo(2);
		assertThat(passes(() -> search.search(byWords("widget number", 0)))).isEqualTo(1);
	}

	private void perform(String path, Object... values) {
		try {
			var response = mvc.perform(get(path, values)).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).contains("widget");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aboutIsTwoDigits() {
		SearchPage<QuoteHit> estimate = new SearchPage<>(List.of(), 582_624, 0, 20, java.time.Duration.ZERO, List.of(),
				Facets.NONE, null, List.of(), false);
		assertThat(estimate.about()).isEqualTo(580_000);
		assertThat(new SearchPage<>(List.of(), 10_496, 0, 20, java.time.Duration.ZERO, List.of(), Facets.NONE, null,
				List.of(), false).about()).isEqualTo(10_000);
		assertThat(new SearchPage<>(List.of(), 582_624, 0, 20, java.time.Duration.ZERO, List.of(), Facets.NONE, null,
				List.of(), true).about()).isEqualTo(582_624);
	}

	@Test
	void thePageAndTheApiSayAbout() throws Exception {
		SearchPage<QuoteHit> page = withFacets("widget");
		String html = mvc.perform(get("/search?q=widget")).andReturn().getResponse().getContentAsString();
		Document doc = Jsoup.parse(html);

		assertThat(doc.select(".result-count").text()).startsWith(String.format("about %,d quotes", page.about()));
		assertThat(doc.select(".facet-note").text()).isEqualTo("Counted on a sample of one quote in 16.");

		String json = mvc.perform(get("/api/v1/search?q=widget")).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Boolean>read(json, "$.totalExact")).isFalse();
		assertThat(JsonPath.<Number>read(json, "$.total").longValue()).isEqualTo(page.about());

		String exact = mvc.perform(get("/api/v1/search?q=right&speaker=di-lever")).andReturn().getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Boolean>read(exact, "$.totalExact")).isTrue();
		assertThat(JsonPath.<Number>read(exact, "$.total").longValue()).isEqualTo(32);
		assertThat(Jsoup.parse(mvc.perform(get("/search?q=right&speaker=di-lever")).andReturn().getResponse()
			.getContentAsString()).select(".result-count").text()).startsWith("32 quotes");
	}

}
