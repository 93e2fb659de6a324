package org.podquote.podcast;

import org.podquote.episode.EpisodeRepository;
import org.podquote.system.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PodcastController {

	static final String VIEW_LIST = "podcast/list";

	static final String VIEW_PAGE = "podcast/page";

	static final int PEOPLE = 12;

	private final PodcastRepository podcasts;

	private final EpisodeRepository episodes;

	PodcastController(PodcastRepository podcasts, EpisodeRepository episodes) {
		this.podcasts = podcasts;
		this.episodes = episodes;
	}

	@GetMapping("/podcasts")
	String list(Model model) {
		model.addAttribute("podcasts", podcasts.findSummaries());
		return VIEW_LIST;
	}

	@GetMapping("/podcasts/{slug}")
	String show(@PathVariable String slug, Model model) {
		Podcast podcast = podcasts.findBySlug(slug).orElseThrow(() -> new NotFoundException("podcast", slug));
		model.addAttribute("podcast", PodcastView.of(podcast));
		model.addAttribute("episodes", episodes.findByPodcast(podcast));
		model.addAttribute("credits", podcasts.findCredits(podcast, PageRequest.of(0, PEOPLE)));
		model.addAttribute("mostQuoted", podcasts.findMostQuoted(podcast, PageRequest.of(0, PEOPLE)));
		return VIEW_PAGE;
	}

}
