package org.podquote.appearance;

import org.podquote.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class QuoteController {

	static final String VIEW_PAGE = "appearance/quote";

	private final AppearanceRepository appearances;

	QuoteController(AppearanceRepository appearances) {
		this.appearances = appearances;
	}

	@GetMapping("/quotes/{id}")
	String show(@PathVariable long id, Model model) {
		Appearance appearance = appearances.findWithContext(id).orElseThrow(() -> new NotFoundException("quote", id));
		model.addAttribute("quote", QuoteView.of(appearance));
		return VIEW_PAGE;
	}

}
