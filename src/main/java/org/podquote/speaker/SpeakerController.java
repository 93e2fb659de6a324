package org.podquote.speaker;

import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteView;
import org.podquote.system.NotFoundException;
import org.podquote.system.PageSizes;
import org.podquote.system.Paging;
import org.podquote.timeline.Timeline;
import org.podquote.timeline.TimelineChart;
import org.podquote.timeline.TimelineRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SpeakerController {

	static final String VIEW_LIST = "speaker/list";

	static final String VIEW_PAGE = "speaker/page";

	private final SpeakerRepository speakers;

	private final AppearanceRepository appearances;

	private final TimelineRepository timelines;

	SpeakerController(SpeakerRepository speakers, AppearanceRepository appearances, TimelineRepository timelines) {
		this.speakers = speakers;
		this.appearances = appearances;
		this.timelines = timelines;
	}

	@GetMapping("/speakers")
	String list(@RequestParam(required = false) Integer page, Model model) {
		Page<SpeakerCount> people = speakers.findMostQuoted(PageRequest.of(Paging.index(page), PageSizes.PEOPLE));
		model.addAttribute("people", people.getContent());
		model.addAttribute("paging", Paging.of(people.getNumber(), PageSizes.PEOPLE, people.getTotalElements()));
		return VIEW_LIST;
	}

	@GetMapping("/speakers/{slug}")
	String show(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
		Speaker speaker = speakers.findBySlug(slug).orElseThrow(() -> new SpeakerNotFoundException(slug));
		SpeakerView view = SpeakerView.of(speaker, speakers.findRoles(speaker), speakers.findStats(speaker));
		Timeline timeline = Timeline.of(timelines.countByMonth(speaker), timelines.countUndated(speaker));
		Page<QuoteView> quotes = appearances.findBySpeaker(speaker, PageRequest.of(Paging.index(page), PageSizes.QUOTES))
			.map(QuoteView::of);
		if (quotes.isEmpty() && quotes.getNumber() > 0) {
			throw new NotFoundException("page", page);
		}
		model.addAttribute("speaker", view);
		model.addAttribute("timeline", timeline);
		model.addAttribute("chart", TimelineChart.of(timeline));
		model.addAttribute("quotes", quotes.getContent());
		model.addAttribute("paging", Paging.of(quotes.getNumber(), PageSizes.QUOTES, quotes.getTotalElements()));
		return VIEW_PAGE;
	}

}
