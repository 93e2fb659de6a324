package org.podquote.search;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.podquote.appearance.QuoteCsv;
import org.podquote.search.meaning.MeaningCoverage;
import org.podquote.system.Csv;
import org.podquote.system.PageSizes;
import org.podquote.system.Paging;
import org.podquote.system.PublicUrls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	static final String VIEW = "search/results";

	static final int CSV_BATCH = 500;

	private final QuoteSearch search;

	private final IndexStatus status;

	private final FacetLabels labels;

	private final MeaningCoverage coverage;

	SearchController(QuoteSearch search, IndexStatus status, FacetLabels labels, MeaningCoverage coverage) {
		this.search = search;
		this.status = status;
		this.labels = labels;
		this.coverage = coverage;
	}

	@GetMapping("/search")
	String search(SearchParams params, @RequestParam(required = false) Integer page, Model model,
			HttpServletResponse response) {
		SearchCriteria criteria = SearchCriteria.read(params);
		model.addAttribute("q", criteria.q());
		model.addAttribute("criteria", criteria);
		model.addAttribute("rebuilding", status.isRebuilding());
		model.addAttribute("meaning", coverage.enabled());
		model.addAttribute("coverage", coverage.enabled() ? coverage.current() : null);
		model.addAttribute("coverageInBackground", coverage.inBackground());
		model.addAttribute("speakerName", criteria.speaker() == null ? null : labels.speakerName(criteria.speaker()));
		model.addAttribute("podcastTitle", criteria.podcast() == null ? null : labels.podcastTitle(criteria.podcast()));
		if (!criteria.blank()) {
			SearchPage<QuoteHit> result = search.search(criteria.query(Paging.index(page), PageSizes.SEARCH));
			model.addAttribute("result", result);
			model.addAttribute("notes", concat(criteria.notes(), result.notes()));
			model.addAttribute("paging", Paging.of(result.page(), PageSizes.SEARCH, result.reachable()));
			ServerTiming.write(response, result);
		}
		return VIEW;
	}

	/** Every hit a search can page to (up to {@value QuoteSearch#RESULT_WINDOW}), in the page's order. */
	@GetMapping("/search.csv")
	void csv(SearchParams params, HttpServletResponse response) throws IOException {
		SearchCriteria criteria = SearchCriteria.read(params);
		String base = PublicUrls.current().base();
		Writer out = Csv.download(response, "podquote-search.csv");
		QuoteCsv.header(out);
		if (!criteria.blank()) {
			int pages = QuoteSearch.RESULT_WINDOW / CSV_BATCH;
			for (int page = 0; page < pages; page++) {
				SearchPage<QuoteHit> result = search.search(criteria.queryWithoutFacets(page, CSV_BATCH));
				for (QuoteHit hit : result.hits()) {
					QuoteCsv.row(out, hit.quote(), base);
				}
				if ((long) (page + 1) * CSV_BATCH >= result.total()) {
					break;
				}
			}
		}
		out.flush();
	}

	private static List<QueryNote> concat(List<QueryNote> a, List<QueryNote> b) {
		List<QueryNote> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
