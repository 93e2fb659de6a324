package org.podquote.episode;

import java.util.List;

import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteView;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchQuery;
import org.podquote.speaker.Voices;
import org.podquote.system.NotFoundException;
import org.podquote.system.OpenGraph;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class EpisodeController {

	static final String VIEW_PAGE = "episode/page";

	private final EpisodeRepository episodes;

	private final AppearanceRepository appearances;

	private final CreditRepository credits;

	private final QuoteSearch search;

	EpisodeController(EpisodeRepository episodes, AppearanceRepository appearances, CreditRepository credits,
			QuoteSearch search) {
		this.episodes = episodes;
		this.appearances = appearances;
		this.credits = credits;
		this.search = search;
	}

	@GetMapping("/podcasts/{podcast}/episodes/{episode}")
	String show(@PathVariable String podcast, @PathVariable String episode, @RequestParam(required = false) String q,
			@RequestParam(name = "t", required = false) Long startSeconds, Model model) {
		Episode found = episodes.findBySlugs(podcast, episode)
			.orElseThrow(() -> new NotFoundException("episode", podcast + "/" + episode));
		List<QuoteView> quotes = appearances.findByEpisodeInOrder(found).stream().map(QuoteView::of).toList();
		model.addAttribute("credits", CreditView.of(credits.findByEpisode(found)));
		// the voices the admin may name: generic ones, not parts of the show such as Music
		model.addAttribute("voices",
				quotes.stream().map(QuoteView::voice).filter(Voices::isGeneric).distinct().toList());
		EpisodeView view = EpisodeView.of(found);
		model.addAttribute("episode", view);
		model.addAttribute("startSeconds", startSeconds == null || startSeconds < 0 ? null : startSeconds);
		model.addAttribute("og", OpenGraph.of(view.title(), view.podcastTitle() + (quotes.isEmpty() ? ""
				: " \u2014 \u201c" + quotes.get(0).text() + "\u201d"), view.url(), "article"));
		model.addAttribute("quotes", quotes);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("matches", q == null || q.isBlank() ? EpisodeMatches.NONE
				: EpisodeMatches.of(search.search(SearchQuery.inEpisode(q, found.getId(), quotes.size() + 1))));
		return VIEW_PAGE;
	}

}
