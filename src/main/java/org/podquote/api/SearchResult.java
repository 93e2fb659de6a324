package org.podquote.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A page of quotes that match a search, with counts to narrow it by")
record SearchResult(@Schema(description = "the query as asked") String q,
		@Schema(description = "matching quotes in all pages; from 10,000 on an estimate (see totalExact)") long total,
		@Schema(description = "whether total and the facets' counts are exact; false from 10,000 matches on, where they are "
				+ "estimates from a sample of one quote in 16, rounded to two digits (\"about 580,000\")") boolean totalExact,
		@Schema(description = "the search engine's time in milliseconds") long tookMs,
		@Schema(description = "page number, from 1") int page, @Schema(description = "hits per page") int size,
		@Schema(description = "pages that can be asked for (at most 10,000 hits deep)") int totalPages,
		@Schema(description = "how the query was read where it was not taken as written") List<Note> notes,
		@Schema(description = "when the query finds few quotes: the query with its words spelt as the library has "
				+ "them, if that finds more (\"Did you mean\"); else null. Words the library lacks are respelt below 20 "
				+ "quotes, rare words (in one or two quotes) below 3",
				example = "generics", nullable = true) String suggestion,
		@Schema(description = "the people and shows whose name is the query (case and punctuation aside), with their "
				+ "pages") List<Match> matches,
		Facets facets, List<SearchHit> hits) {

	@Schema(name = "SearchMatch", description = "A person or a show whose name is the query")
	record Match(@Schema(allowableValues = { "person", "show" }) String kind, String slug, String name,
			@Schema(description = "their quotes: the person's, or in the show") long quotes,
			@Schema(description = "the page of the person or show") String url,
			@Schema(description = "the same in the API") String apiUrl) {
	}

	@Schema(name = "SearchNote", description = "How a part of the query was read")
	record Note(@Schema(example = "unbalanced-quote") String code, String message) {
	}

	@Schema(name = "SearchFacets", description = "Matching quotes counted by speaker, podcast and year (the top ten of each)")
	record Facets(List<Facet> speakers, List<Facet> podcasts, List<Facet> years) {
	}

	@Schema(name = "SearchFacet")
	record Facet(@Schema(description = "a slug, or a year, to pass back as speaker, podcast or from/to") String value,
			String label, long count) {
	}

}
