package org.podquote.episode;

import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteView;
import org.podquote.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class EpisodeController {

	static final String VIEW_PAGE = "episode/page";

	private final EpisodeRepository episodes;

	private final AppearanceRepository appearances;

	EpisodeController(EpisodeRepository episodes, AppearanceRepository appearances) {
		this.episodes = episodes;
		this.appearances = appearances;
	}

	@GetMapping("/podcasts/{podcast}/episodes/{episode}")
	String show(@PathVariable String podcast, @PathVariable String episode, Model model) {
		Episode found = episodes.findBySlugs(podcast, episode)
			.orElseThrow(() -> new NotFoundException("episode", podcast + "/" + episode));
		model.addAttribute("episode", EpisodeView.of(found));
		model.addAttribute("quotes", appearances.findByEpisodeInOrder(found).stream().map(QuoteView::of).toList());
		return VIEW_PAGE;
	}

}
