package org.podquote.search;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The seven parameters of a search as the request gives them, bound once by Spring MVC (by
 * constructor, from {@code ?q=&speaker=&podcast=&from=&to=&sort=&mode=}) for the search page, its CSV,
 * the API and the search feed. The values are raw text: {@link SearchCriteria#read} reads them.
 * The descriptions are the API's documentation of these parameters.
 */
@ParameterObject
public record SearchParams(
		@Parameter(description = "the query", example = "\"bad role models\" OR \"HAL 9000\"") String q,
		@Parameter(description = "keep to one speaker, by slug", example = "sam-marks") String speaker,
		@Parameter(description = "keep to one podcast, by slug") String podcast,
		@Parameter(description = "earliest episode date: YYYY, YYYY-MM or YYYY-MM-DD") String from,
		@Parameter(description = "latest episode date: YYYY, YYYY-MM or YYYY-MM-DD") String to,
		@Parameter(description = "order of the hits", schema = @Schema(allowableValues = { "relevance", "newest",
				"oldest" }, defaultValue = "relevance")) String sort,
		@Parameter(description = "how the words find quotes: as words, by meaning (nearest sentence embeddings), or both fused by rank; an \"exact phrase\" is kept to in every mode",
				schema = @Schema(allowableValues = { "both", "words", "meaning" }, defaultValue = "both")) String mode) {

	public SearchParams(String q, String speaker, String podcast, String from, String to, String sort) {
		this(q, speaker, podcast, from, to, sort, null);
	}

	public static SearchParams of(String q) {
		return new SearchParams(q, null, null, null, null, null, null);
	}

}
