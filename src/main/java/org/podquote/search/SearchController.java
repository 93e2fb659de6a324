package org.podquote.search;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.podquote.appearance.ExportLimits;
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

	/** How many quotes a CSV's search finds, and how many of them it holds. */
	static final String TOTAL_HEADER = "X-Total-Count";

	static final String ROWS_HEADER = "X-Rows";

	private final QuoteSearch search;

	private final IndexStatus status;

	private final FacetLabels labels;

	private final ExportLimits limits;

	private final MeaningCoverage coverage;

	private final PhraseOverTime overTime;

	SearchController(QuoteSearch search, IndexStatus status, FacetLabels labels, ExportLimits limits,
			MeaningCoverage coverage, PhraseOverTime overTime) {
		this.search = search;
		this.overTime = overTime;
		this.status = status;
		this.labels = labels;
		this.limits = limits;
		this.coverage = coverage;
	}

	@GetMapping("/search")
	String search(SearchParams params, @RequestParam(required = false) Integer page, Model model,
			HttpServletResponse response) {
		SearchCriteria criteria = SearchCriteria.read(params);
		model.addAttribute("q", criteria.q());
		model.addAttribute("criteria", criteria);
		model.addAttribute("rebuilding", status.isRebuilding());
		model.addAttribute("indexFailed", status.isFailed());
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
			model.addAttribute("csvRows", Math.min(result.total(), limits.maxRows()));
			ServerTiming.write(response, result);
		}
		return VIEW;
	}

	/**
	 * A search's words over time as a page of its own: what the results page loads after it has
	 * loaded, and where its link goes without scripts.
	 */
	@GetMapping(PhraseOverTime.PATH)
	String overTime(SearchParams params, Model model) {
		SearchCriteria criteria = SearchCriteria.read(params);
		model.addAttribute("q", criteria.q());
		model.addAttribute("criteria", criteria);
		PhraseOverTime.View view = criteria.blank() ? null : overTime.of(criteria);
		model.addAttribute("overTime", view == null || view.total() == 0 ? null : view);
		return PhraseOverTime.VIEW;
	}

	/**
	 * The search's hits in the page's order, up to {@link ExportLimits#maxRows()}, streamed from one
	 * query; {@value #TOTAL_HEADER} says how many it finds, so that a client sees what was left out.
	 * {@link org.podquote.appearance.CsvDownloads} bounds how many run at once.
	 */
	@GetMapping("/search.csv")
	void csv(SearchParams params, HttpServletResponse response) throws IOException {
		SearchCriteria criteria = SearchCriteria.read(params);
		String base = PublicUrls.current().base();
		Writer out = Csv.download(response, "podquote-search.csv");
		if (!criteria.blank()) {
			search.export(criteria.queryWithoutFacets(0, 1), limits.maxRows(), total -> {
				response.setHeader(TOTAL_HEADER, String.valueOf(total));
				response.setHeader(ROWS_HEADER, String.valueOf(Math.min(total, limits.maxRows())));
				header(out);
			}, quote -> {
				try {
					QuoteCsv.row(out, quote, base);
				}
				catch (IOException ex) {
					throw new QuoteSearch.ExportException(ex);
				}
			});
		}
		else {
			QuoteCsv.header(out);
		}
		out.flush();
	}

	private static void header(Writer out) {
		try {
			QuoteCsv.header(out);
		}
		catch (IOException ex) {
			throw new QuoteSearch.ExportException(ex);
		}
	}

	private static List<QueryNote> concat(List<QueryNote> a, List<QueryNote> b) {
		List<QueryNote> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
