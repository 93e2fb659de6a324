package org.podquote.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.podquote.appearance.CitationStyles;
import org.podquote.system.NotFoundException;
import org.podquote.system.PublicUrls;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Every quote a search finds (up to {@value QuoteSearch#RESULT_WINDOW}, in the page's order) as one
 * citation file: {@code /search/citations.bib}, {@code .ris} or {@code .json} (CSL-JSON), with the
 * search's own parameters.
 */
@Controller
class SearchCitations {

	static final String PATH = "/search/citations.{extension}";

	private final QuoteSearch search;

	private final tools.jackson.databind.json.JsonMapper json;

	SearchCitations(QuoteSearch search, tools.jackson.databind.json.JsonMapper json) {
		this.search = search;
		this.json = json;
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> download(@PathVariable String extension, SearchParams params) {
		CitationStyles.File file = CitationStyles.File.of(extension);
		if (file == null) {
			throw new NotFoundException("search", "citations", "format", extension);
		}
		SearchCriteria criteria = SearchCriteria.read(params);
		PublicUrls urls = PublicUrls.current();
		List<CitationStyles.Cited> quotes = new ArrayList<>();
		if (!criteria.blank()) {
			// one query, as the CSV (QuoteSearch.export)
			search.export(criteria.queryWithoutFacets(0, 1), QuoteSearch.RESULT_WINDOW, total -> {
			}, quote -> quotes.add(CitationStyles.Cited.of(quote, urls.absolute(quote.permalink()))));
		}
		return ResponseEntity.ok()
			.contentType(file.mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("podquote-search." + file.extension)
				.build()
				.toString())
			.body(file.write(quotes, json).getBytes(StandardCharsets.UTF_8));
	}

}
