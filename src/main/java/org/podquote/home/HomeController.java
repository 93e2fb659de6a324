package org.podquote.home;

import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.SampleRepository;
import org.podquote.podcast.PodcastRepository;
import org.podquote.speaker.SpeakerRepository;
import org.podquote.system.PageSizes;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home/page";

	private final SpeakerRepository speakers;

	private final EpisodeRepository episodes;

	private final PodcastRepository podcasts;

	private final SampleRepository sample;

	HomeController(SpeakerRepository speakers, EpisodeRepository episodes,
			PodcastRepository podcasts, SampleRepository sample) {
		this.speakers = speakers;
		this.episodes = episodes;
		this.podcasts = podcasts;
		this.sample = sample;
	}

	@GetMapping("/")
	String home(Model model) {
		// counted as quotes are written; people as the people index counts them: everyone with a quote
		model.addAttribute("totals", new LibraryTotals(podcasts.countQuotes(), speakers.countQuoted(), episodes.count(),
				podcasts.count()));
		// the totals count the sample; the page says how much of them it is
		model.addAttribute("sample", sample.find());
		model.addAttribute("topSpeakers", speakers.findMostQuoted(PageRequest.of(0, PageSizes.HOME_TOP)).getContent());
		// shows with quotes, not the latest episodes: those may be feed items whose transcript never came
		model.addAttribute("recentShows", podcasts.findRecentlyQuoted(PageRequest.of(0, PageSizes.HOME_TOP)));
		return VIEW;
	}

	public record LibraryTotals(long quotes, long speakers, long episodes, long podcasts) {
	}

}
