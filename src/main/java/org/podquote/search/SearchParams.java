package org.podquote.search;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The six parameters of a search as the request gives them, bound once by Spring MVC (by
 * constructor, from {@code ?q=&speaker=&podcast=&from=&to=&sort=}) for the search page, its CSV,
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
				"oldest" }, defaultValue = "relevance")) String sort) {

	public static SearchParams of(String q) {
		return new SearchParams(q, null, null, null, null, null);
	}

}
