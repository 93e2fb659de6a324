package org.podquote.search;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.podquote.system.PageSizes;
import org.podquote.system.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final QuoteSearch search;

	private final IndexStatus status;

	SearchController(QuoteSearch search, IndexStatus status) {
		this.search = search;
		this.status = status;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			Model model, HttpServletResponse response) {
		String text = q == null ? "" : q;
		model.addAttribute("q", text);
		model.addAttribute("rebuilding", status.isRebuilding());
		if (!text.isBlank()) {
			SearchPage<QuoteHit> result = search.search(SearchQuery.of(text, Paging.index(page), PageSizes.SEARCH));
			model.addAttribute("result", result);
			// The engine's own time, for browsers' dev tools and for the benchmark.
			response.setHeader("Server-Timing", String.format(Locale.ROOT, "search;dur=%.1f", result.took().toNanos() / 1e6));
			model.addAttribute("paging", Paging.of(result.page(), PageSizes.SEARCH,
					Math.min(result.total(), HibernateQuoteSearch.MAX_WINDOW)));
		}
		return VIEW;
	}

}
