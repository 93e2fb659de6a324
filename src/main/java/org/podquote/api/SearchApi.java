package org.podquote.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.podquote.search.Facets;
import org.podquote.search.NameMatch;
import org.podquote.search.QueryNote;
import org.podquote.search.QuoteHit;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchCriteria;
import org.podquote.search.SearchPage;
import org.podquote.search.SearchParams;
import org.podquote.search.ServerTiming;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = ApiDocs.SEARCH)
@ApiDocs.Common
class SearchApi {

	private final QuoteSearch search;

	private final MessageSource messages;

	SearchApi(QuoteSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping(path = Links.API + "/search", produces = ApiDocs.JSON)
	@Operation(operationId = "searchQuotes", summary = "Search quotes",
			description = "Quotes whose text matches `q`, with the matched words marked, and counts by speaker, podcast "
					+ "and year. The query language is the search page's: `words` (all must match, in any form), "
					+ "`\"an exact phrase\"`, `-word` and `-\"a phrase\"` to leave out, `a OR b`, and `prefix*`. "
					+ "Odd input is read literally and explained in `notes`, never an error. A query that finds few quotes may come "
					+ "with a `suggestion`, another spelling of its words that finds more; a query that is the name of a person or a "
					+ "show lists them in `matches`. `mode` says how the words find quotes: `both` (the default: by words and "
					+ "by meaning, the two lists fused by rank), `words`, or `meaning` (the quotes whose sentence embeddings are "
					+ "nearest the query's); an exact phrase is kept to in every mode, and each hit says how it `matched`.")
	@Parameter(name = "q", in = ParameterIn.QUERY, required = true)
	SearchResult search(SearchParams params,
			@Parameter(description = "page number, from 1") @RequestParam(defaultValue = "1") @Min(1) int page,
			@Parameter(description = "hits per page") @RequestParam(defaultValue = PageParams.DEFAULT_SIZE) @Min(1) @Max(PageParams.MAX_SIZE) int size,
			HttpServletResponse response) {
		if (params.q() == null) {
			throw ParameterProblem.bad("q", "q is required.");
		}
		if (params.q().isBlank()) {
			throw ParameterProblem.bad("q", "q must not be blank.");
		}
		SearchCriteria criteria = SearchCriteria.read(params);
		for (QueryNote note : criteria.notes()) {
			if (note.code().equals(QueryNote.BAD_DATE)) {
				throw ParameterProblem.bad(note.argument(), note.argument() + " must be a date as YYYY, YYYY-MM or YYYY-MM-DD.");
			}
			if (note.code().equals(QueryNote.BAD_SORT)) {
				throw ParameterProblem.bad("sort", "sort must be relevance, newest or oldest.");
			}
			if (note.code().equals(QueryNote.BAD_MODE)) {
				throw ParameterProblem.bad("mode", "mode must be both, words or meaning.");
			}
		}
		if ((long) page * size > QuoteSearch.RESULT_WINDOW) {
			throw ParameterProblem.bad("page", "page × size must be at most " + QuoteSearch.RESULT_WINDOW + ".");
		}
		SearchPage<QuoteHit> result = search.search(criteria.query(page - 1, size));
		ServerTiming.write(response, result);
		Links links = Links.current();
		Facets facets = result.facets();
		return new SearchResult(params.q(), result.about(), result.exact(), result.tookMs(), page, size,
				ApiPage.totalPages(result.reachable(), size),
				result.notes().stream().map(this::note).toList(), result.suggestion(),
				result.matches().stream().map(m -> match(m, links)).toList(),
				new SearchResult.Facets(facets(facets.speakers()), facets(facets.podcasts()), facets(facets.years())),
				result.hits().stream().map(hit -> SearchHit.of(hit, links)).toList());
	}

	private SearchResult.Note note(QueryNote note) {
		return new SearchResult.Note(note.code(), messages.getMessage(note.messageKey(), new Object[] { note.argument() },
				note.code(), LocaleContextHolder.getLocale()));
	}

	private static SearchResult.Match match(NameMatch match, Links links) {
		boolean person = match.kind() == NameMatch.Kind.PERSON;
		return new SearchResult.Match(match.kind().name().toLowerCase(Locale.ROOT), match.slug(), match.name(),
				match.quotes(), person ? links.speaker(match.slug()) : links.podcast(match.slug()),
				person ? links.apiSpeaker(match.slug()) : links.apiPodcast(match.slug()));
	}

	private static List<SearchResult.Facet> facets(List<Facets.Facet> facets) {
		return facets.stream().map(f -> new SearchResult.Facet(f.value(), f.label(), f.count())).toList();
	}

}
