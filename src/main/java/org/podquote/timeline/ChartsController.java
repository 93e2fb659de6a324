package org.podquote.timeline;

import java.time.Clock;
import java.time.LocalDate;

import org.podquote.episode.SampleRepository;
import org.podquote.speaker.SpeakerRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /charts}: who and what is quoted most, all time and lately, and the library over time. */
@Controller
class ChartsController {

	static final String VIEW = "timeline/charts";

	static final int TOP = 10;

	private final TimelineRepository timelines;

	private final Activities activities;

	private final SpeakerRepository speakers;

	private final SampleRepository sample;

	private final Clock clock;

	ChartsController(TimelineRepository timelines, Activities activities, SpeakerRepository speakers,
			SampleRepository sample, Clock clock) {
		this.timelines = timelines;
		this.activities = activities;
		this.speakers = speakers;
		this.sample = sample;
		this.clock = clock;
	}

	@GetMapping("/charts")
	String charts(Model model) {
		LocalDate since = LocalDate.now(clock).minusMonths(12);
		PageRequest top = PageRequest.of(0, TOP);
		Activity activity = activities.ofLibrary();
		model.addAttribute("since", since);
		model.addAttribute("activity", activity);
		// the counts include the sample while it is there; the page says so and tags what it alone makes
		model.addAttribute("sample", sample.find());
		model.addAttribute("speakersAllTime", speakers.findMostQuoted(top).getContent());
		model.addAttribute("podcastsAllTime", timelines.findMostQuotedPodcasts(top));
		// "since" ranks by date: with nothing dated it has nothing to rank, and says so
		if (activity.dated()) {
			model.addAttribute("speakersRecent", timelines.findMostQuotedSince(since, top));
			model.addAttribute("podcastsRecent", timelines.findMostQuotedPodcastsSince(since, top));
		}
		return VIEW;
	}

}
