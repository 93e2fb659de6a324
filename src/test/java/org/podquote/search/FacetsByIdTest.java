package org.podquote.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podquote.appearance.QuoteView;
import org.podquote.importer.ImportJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facets are counted by the speaker's and the podcast's id and shown by slug: the same labels,
 * counts and order as counting by slug gave (the most first, a tie by slug), checked against every
 * hit of the search listed and counted here. The people and shows are created in reverse order of
 * their slugs, so that the ids order every tie the other way round from the slugs.
 */
@SpringBootTest(properties = { "podquote.test.context=facets-by-id", "podquote.meaning.backfill=false" })
class FacetsByIdTest {

	/** Shows with "gizmo" quotes: more than a facet shows, most of them tied. */
	static final int SHOWS = 13;

	/** People who each say "sprocket" once: more tied values than the engine is first asked for. */
	static final int CROWD = FacetLabels.LOOKAHEAD + 20;

	@Autowired
	QuoteSearch search;

	@Autowired
	ImportJob importJob;

	@BeforeEach
	void importLibrary() {
		if (search.search(SearchQuery.of("gizmo", 0, 1)).total() > 0) {
			return;
		}
		for (int show = SHOWS; show >= 1; show--) {
			StringBuilder transcript = new StringBuilder();
			// people named from the end of the alphabet first (Zed M … Zed A), so that "zed-m" has a
			// lower id than "zed-a"; Zed M and Zed L say it most, everyone else twice a show; one line
			// each in turn, so that no two lines of one person are one passage
			for (int round = 0; round < 16; round++) {
				for (int person = 12; person >= 0; person--) {
					if (round < (person >= 11 ? 4 + person : 2)) {
						transcript.append("**Zed ").append((char) ('A' + person)).append(":** The gizmo of show ")
							.append(show).append(" line ").append(round).append(".\n\n");
					}
				}
			}
			if (show == SHOWS) {
				for (int person = CROWD - 1; person >= 0; person--) {
					transcript.append("**Crowd ").append(crowd(person)).append(":** A sprocket.\n\n");
				}
			}
			else if (show % 3 == 0) {
				// a few shows with one more gizmo, so that the shows' counts are not all tied
				transcript.append("**Zed A:** One more gizmo.\n\n");
			}
			assertThat(importJob.importUpload("show-" + show + ".md", transcript.toString().getBytes(StandardCharsets.UTF_8),
					"Show " + (char) ('a' + SHOWS - show)).failures()).isEmpty();
		}
	}

	/** The name of one of the crowd: "Aa", "Ab", … */
	private static String crowd(int i) {
		return "" + (char) ('A' + i / 26) + (char) ('a' + i % 26);
	}

	/** Every hit of a query, exactly: a search without facets lists them all. */
	private List<QuoteView> every(String q) {
		List<QuoteView> all = new ArrayList<>();
		for (int page = 0;; page++) {
			SearchPage<QuoteHit> p = search.search(SearchQuery.of(q, page, 100));
			p.hits().forEach(h -> all.add(h.quote()));
			if (all.size() >= p.total()) {
				return all;
			}
		}
	}

	/** What a facet by slug showed: counts of the hits by slug, the most first, a tie by slug, ten at most. */
	private static List<Facets.Facet> bySlug(List<QuoteView> hits, Function<QuoteView, String> slug,
			Function<QuoteView, String> label) {
		Map<String, Long> counts = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		for (QuoteView hit : hits) {
			if (slug.apply(hit) != null) {
				counts.merge(slug.apply(hit), 1L, Long::sum);
				labels.put(slug.apply(hit), label.apply(hit));
			}
		}
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
			.limit(HibernateQuoteSearch.FACET_SIZE)
			.map(e -> new Facets.Facet(e.getKey(), labels.get(e.getKey()), e.getValue()))
			.toList();
	}

	private SearchPage<QuoteHit> withFacets(String q, String mode) {
		return search.search(SearchCriteria.read(new SearchParams(q, null, null, null, null, null, mode)).query(0, 20));
	}

	@Test
	void speakersAndPodcastsShowAsCountedBySlugWithTiesBySlug() {
		List<QuoteView> hits = every("gizmo");
		SearchPage<QuoteHit> page = withFacets("gizmo", "words");

		assertThat(page.exact()).isTrue();
		assertThat(page.total()).isEqualTo(hits.size());
		assertThat(page.facets().speakers()).hasSize(HibernateQuoteSearch.FACET_SIZE)
			.isEqualTo(bySlug(hits, QuoteView::speakerSlug, QuoteView::speakerName));
		// Zed M and Zed L first by count, Zed A by its extra quotes, then the tie of the others by slug
		assertThat(page.facets().speakers()).extracting(Facets.Facet::value)
			.startsWith("zed-m", "zed-l", "zed-a", "zed-b", "zed-c");
		assertThat(page.facets().podcasts()).hasSize(HibernateQuoteSearch.FACET_SIZE)
			.isEqualTo(bySlug(hits, QuoteView::podcastSlug, QuoteView::podcastTitle));
	}

	@Test
	void aTieLongerThanTheEngineIsFirstAskedForIsCountedWhole() {
		List<QuoteView> hits = every("sprocket");
		assertThat(hits).hasSize(CROWD);

		SearchPage<QuoteHit> page = withFacets("sprocket", "words");

		List<Facets.Facet> expected = bySlug(hits, QuoteView::speakerSlug, QuoteView::speakerName);
		assertThat(page.facets().speakers()).isEqualTo(expected);
		// the slugs' order, not the ids' (the last of the crowd was created first)
		assertThat(expected).extracting(Facets.Facet::value).startsWith("crowd-aa", "crowd-ab", "crowd-ac");
		assertThat(page.facets().podcasts()).singleElement()
			.isEqualTo(new Facets.Facet("show-a", "Show a", CROWD));
	}

	@Test
	void aFilteredSearchCountsItsOwnHits() {
		SearchPage<QuoteHit> page = search.search(SearchCriteria
			.read(new SearchParams("gizmo", "zed-l", null, null, null, null, "words"))
			.query(0, 20));
		List<QuoteView> hits = every("gizmo").stream().filter(h -> "zed-l".equals(h.speakerSlug())).toList();

		assertThat(hits).hasSize(15 * SHOWS);
		assertThat(page.facets().speakers()).containsExactly(new Facets.Facet("zed-l", "Zed L", hits.size()));
		assertThat(page.facets().podcasts()).isEqualTo(bySlug(hits, QuoteView::podcastSlug, QuoteView::podcastTitle));
	}

}
