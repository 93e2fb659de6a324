package org.podquote.podcast;

import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.SampleRepository;
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

	private final SampleRepository sample;

	PodcastController(PodcastRepository podcasts, EpisodeRepository episodes, SampleRepository sample) {
		this.podcasts = podcasts;
		this.episodes = episodes;
		this.sample = sample;
	}

	@GetMapping("/podcasts")
	String list(Model model) {
		model.addAttribute("podcasts", podcasts.findSummaries());
		model.addAttribute("sample", sample.find());
		return VIEW_LIST;
	}

	@GetMapping("/podcasts/{slug}")
	String show(@PathVariable String slug, Model model) {
		Podcast podcast = podcasts.findBySlug(slug).orElseThrow(() -> new NotFoundException("podcast", slug));
		model.addAttribute("podcast", PodcastView.of(podcast));
		model.addAttribute("episodes", episodes.findByPodcast(podcast));
		model.addAttribute("sample", sample.find());
		model.addAttribute("credits", podcasts.findCredits(podcast, PageRequest.of(0, PEOPLE)));
		model.addAttribute("mostQuoted", podcasts.findMostQuoted(podcast, PageRequest.of(0, PEOPLE)));
		return VIEW_PAGE;
	}

}
