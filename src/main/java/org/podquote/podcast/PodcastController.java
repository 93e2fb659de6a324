package org.podquote.podcast;

import java.util.List;

import org.podquote.episode.EpisodeCounts;
import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.EpisodeSummary;
import org.podquote.episode.SampleRepository;
import org.podquote.system.NotFoundException;
import org.podquote.system.PageSizes;
import org.podquote.system.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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

	/** A show: who is on it, and its episodes a page at a time in an order its episodes allow. */
	@GetMapping("/podcasts/{slug}")
	String show(@PathVariable String slug, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, Model model) {
		Podcast podcast = podcasts.findBySlug(slug).orElseThrow(() -> new NotFoundException("podcast", slug));
		EpisodeCounts counts = episodes.findCounts(podcast);
		List<ShowOrder> offered = ShowOrder.offered(counts);
		ShowOrder order = ShowOrder.of(sort, offered);
		int index = Paging.index(page);
		Page<EpisodeSummary> listed = episodes.findPageByPodcast(podcast,
				PageRequest.of(index, PageSizes.EPISODES, order.sort));
		if (listed.isEmpty() && index > 0) {
			throw new NotFoundException("podcast", slug, "page", page);
		}
		model.addAttribute("podcast", PodcastView.of(podcast));
		model.addAttribute("counts", counts);
		model.addAttribute("episodes", listed.getContent());
		model.addAttribute("paging", Paging.of(index, PageSizes.EPISODES, listed.getTotalElements()));
		model.addAttribute("order", order);
		model.addAttribute("orders", offered.size() > 1 ? offered.stream().map(o -> new OrderLink(o, sortUrl(o))).toList()
				: List.of());
		model.addAttribute("sample", sample.find());
		model.addAttribute("credits", podcasts.findCredits(podcast, PageRequest.of(0, PEOPLE)));
		model.addAttribute("mostQuoted", podcasts.findMostQuoted(podcast, PageRequest.of(0, PEOPLE)));
		return VIEW_PAGE;
	}

	/** An order of the episode list and the link to it (its first page). */
	record OrderLink(ShowOrder order, String url) {
	}

	private static String sortUrl(ShowOrder order) {
		var url = ServletUriComponentsBuilder.fromCurrentRequestUri().scheme(null).host(null).port(-1);
		if (order != ShowOrder.NUMBER) {
			url.queryParam("sort", order.parameter());
		}
		return url.fragment("episodes").build().toUriString();
	}

}
