package org.podquote.search;

import java.util.List;

import org.podquote.appearance.AppearanceRepository;
import org.podquote.episode.Episode;
import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.Episodes;
import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerRepository;
import org.podquote.speaker.Speakers;
import org.podquote.system.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /topics}: what a speaker ({@code ?speaker=}) or an episode ({@code ?podcast=&episode=})
 * talks about more than the rest of the library, or the library's most common topics.
 */
@Controller
class TopicsController {

	static final String VIEW = "search/topics";

	/** The latest quotes read for topics: enough to be representative, few enough to stay fast. */
	static final int SAMPLE = 3000;

	private final Topics topics;

	private final AppearanceRepository appearances;

	private final SpeakerRepository speakers;

	private final EpisodeRepository episodes;

	TopicsController(Topics topics, AppearanceRepository appearances, SpeakerRepository speakers,
			EpisodeRepository episodes) {
		this.topics = topics;
		this.appearances = appearances;
		this.speakers = speakers;
		this.episodes = episodes;
	}

	/** A topic with the search that finds it, narrowed as the topic was found. */
	public record TopicLink(Topics.Topic topic, String url) {
	}

	@GetMapping("/topics")
	String topics(@RequestParam(required = false) String speaker, @RequestParam(required = false) String podcast,
			@RequestParam(required = false) String episode, Model model) {
		PageRequest sample = PageRequest.of(0, SAMPLE);
		long library = appearances.count();
		List<Topics.Topic> found;
		if (speaker != null) {
			Speaker who = speakers.findBySlug(speaker).orElseThrow(() -> new NotFoundException("speaker", speaker));
			found = topics.distinctive(appearances.findTextsBySpeaker(who, sample), library);
			model.addAttribute("subject", who.getName());
			model.addAttribute("subjectUrl", Speakers.url(who.getSlug()));
		}
		else if (podcast != null && episode != null) {
			Episode which = episodes.findBySlugs(podcast, episode)
				.orElseThrow(() -> new NotFoundException("podcast", podcast, "episode", episode));
			found = topics.distinctive(appearances.findTextsByEpisode(which, sample), library);
			model.addAttribute("subject", which.getTitle());
			model.addAttribute("subjectUrl", Episodes.url(podcast, episode));
		}
		else {
			found = topics.common(appearances.findLatestTexts(sample));
		}
		model.addAttribute("topics", found.stream().map(t -> new TopicLink(t, searchUrl(t, speaker, podcast))).toList());
		return VIEW;
	}

	private static String searchUrl(Topics.Topic topic, String speaker, String podcast) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(SearchCriteria.PATH).queryParam("q", topic.query());
		if (speaker != null) {
			url.queryParam("speaker", speaker);
		}
		else if (podcast != null) {
			url.queryParam("podcast", podcast);
		}
		return url.build().encode().toUriString();
	}

}
