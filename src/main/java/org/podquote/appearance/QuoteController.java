package org.podquote.appearance;

import org.podquote.search.SimilarQuotes;
import org.podquote.system.NotFoundException;
import org.podquote.system.OpenGraph;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class QuoteController {

	static final String VIEW_PAGE = "appearance/quote";

	private final AppearanceRepository appearances;

	private final SimilarQuotes similar;

	QuoteController(AppearanceRepository appearances, SimilarQuotes similar) {
		this.appearances = appearances;
		this.similar = similar;
	}

	@GetMapping("/quotes/{id}")
	String show(@PathVariable long id, Model model) {
		Appearance appearance = appearances.findWithContext(id).orElseThrow(() -> new NotFoundException("quote", id));
		QuoteView quote = QuoteView.of(appearance);
		Citation citation = quote.citation();
		OpenGraph og = OpenGraph.of(citation.title(), "\u201c" + quote.text() + "\u201d", quote.permalink(), "article");
		model.addAttribute("quote", quote);
		model.addAttribute("og", og);
		model.addAttribute("citation", citation.reference(og.url()));
		model.addAttribute("copy", citation.quotedWithReference(og.url()));
		model.addAttribute("similar", similar.similarTo(id, SimilarQuotes.ON_A_QUOTE));
		return VIEW_PAGE;
	}

}
