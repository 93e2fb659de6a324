package org.podquote.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The responses every operation shares, documented once. */
final class ApiDocs {

	static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	static final String PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	static final String SEARCH = "Search";

	static final String SPEAKERS = "Speakers";

	static final String PODCASTS = "Podcasts";

	/** The groups of operations, in the order the API page shows them. */
	static final List<Tag> TAGS = List.of(
			new Tag().name(SEARCH).description("Quotes by phrase, in the search page's query language"),
			new Tag().name(SPEAKERS).description("People who are quoted"),
			new Tag().name(PODCASTS).description("Shows, episodes, quotes"));

	private ApiDocs() {
	}

	/** What an error looks like on the wire (RFC 9457), for the OpenAPI description. */
	@Schema(name = "Problem", description = "An RFC 9457 problem detail")
	record Problem(@Schema(example = "about:blank") String type, @Schema(example = "Bad parameter") String title,
			@Schema(example = "400") int status,
			@Schema(example = "size must be less than or equal to 100, not 500.") String detail,
			@Schema(example = "/api/v1/speakers") String instance,
			@Schema(description = "the query or path parameter at fault", example = "size") String parameter) {
	}

	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "OK, with an ETag (a hash of the body) and a Last-Modified "
			+ "(the library's latest import)",
			headers = { @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")),
					@Header(name = HttpHeaders.LAST_MODIFIED, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "304", description = "Not modified: the request's If-None-Match has the response's "
			+ "ETag, or (without If-None-Match) its If-Modified-Since is not before the Last-Modified", content = @Content)
	@ApiResponse(responseCode = "400", description = "A parameter is not valid; the problem's `parameter` names it",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
	@interface Common {

	}

	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "404", description = "No such thing in the library; the problem's `parameter` names "
			+ "the slug or id", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
	@interface NotFound {

	}

}
