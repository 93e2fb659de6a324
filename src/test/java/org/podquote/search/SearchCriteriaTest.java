package org.podquote.search;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCriteriaTest {

	@Test
	void readsTheParametersLenientlyIntoOneQuery() {
		SearchCriteria criteria = SearchCriteria
			.read(new SearchParams("\"role models\"", " sam-marks ", "", "2024-02", "2025", "Oldest"));

		assertThat(criteria.query(2, 20)).isEqualTo(new SearchQuery("\"role models\"", "sam-marks", null, null,
				LocalDate.of(2024, 2, 1), LocalDate.of(2025, 12, 31), SearchQuery.Sort.OLDEST, 2, 20, true, SearchQuery.Mode.BOTH));
		assertThat(criteria.queryWithoutFacets(0, 500).facets()).isFalse();
		assertThat(criteria.notes()).isEmpty();
	}

	@Test
	void dropsABadDateOrSortWithANote() {
		SearchCriteria criteria = SearchCriteria.read(new SearchParams("x", null, null, "soon", "2024-13", "sideways"));

		assertThat(criteria.query(0, 10))
			.isEqualTo(new SearchQuery("x", null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 0, 10, true, SearchQuery.Mode.BOTH));
		assertThat(criteria.notes()).containsExactly(new QueryNote(QueryNote.BAD_DATE, "from"),
				new QueryNote(QueryNote.BAD_DATE, "to"), new QueryNote(QueryNote.BAD_SORT, null));
	}

	@Test
	void aSpeakersSearchKeepsToTheSpeakerInTheOrderAsked() {
		LocalDate day = LocalDate.of(2026, 2, 25);
		SearchQuery query = SearchCriteria.ofSpeaker("sam-marks", "archetype", day, null, SearchQuery.Sort.NEWEST)
			.queryWithoutFacets(1, 25);

		assertThat(query).isEqualTo(new SearchQuery("archetype", "sam-marks", null, null, day, null,
				SearchQuery.Sort.NEWEST, 1, 25, false, SearchQuery.Mode.BOTH));
	}

	@Test
	void anotherOrderKeepsTheRestOfTheSearch() {
		SearchCriteria criteria = SearchCriteria.read(new SearchParams("x", "sam-marks", null, "2026", null, null));

		assertThat(criteria.sorted(SearchQuery.Sort.NEWEST).queryWithoutFacets(0, 50)).isEqualTo(new SearchQuery("x",
				"sam-marks", null, null, LocalDate.of(2026, 1, 1), null, SearchQuery.Sort.NEWEST, 0, 50, false, SearchQuery.Mode.BOTH));
		assertThat(criteria.sorted(SearchQuery.Sort.NEWEST).url()).isEqualTo("/search?q=x&speaker=sam-marks&from=2026-01-01&sort=newest");
	}

	@Test
	void aSearchIsByWordsAndMeaningUnlessItNamesAnotherMode() {
		assertThat(SearchCriteria.read(SearchParams.of("x")).mode()).isEqualTo(SearchQuery.Mode.BOTH);
		SearchCriteria meaning = SearchCriteria.read(new SearchParams("x", null, null, null, null, null, " Meaning "));

		assertThat(meaning.query(0, 20).mode()).isEqualTo(SearchQuery.Mode.MEANING);
		assertThat(meaning.url()).isEqualTo("/search?q=x&mode=meaning");
		assertThat(meaning.withSort("newest")).isEqualTo("/search?q=x&mode=meaning&sort=newest");
		assertThat(meaning.withMode("both")).isEqualTo("/search?q=x");
		assertThat(meaning.withMode("words")).isEqualTo("/search?q=x&mode=words");
		assertThat(meaning.sorted(SearchQuery.Sort.OLDEST).mode()).isEqualTo(SearchQuery.Mode.MEANING);
	}

	@Test
	void dropsABadModeWithANote() {
		SearchCriteria criteria = SearchCriteria.read(new SearchParams("x", null, null, null, null, null, "vibes"));

		assertThat(criteria.mode()).isEqualTo(SearchQuery.Mode.BOTH);
		assertThat(criteria.notes()).containsExactly(new QueryNote(QueryNote.BAD_MODE, null));
	}

}
