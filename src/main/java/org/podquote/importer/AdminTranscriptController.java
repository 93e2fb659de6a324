package org.podquote.importer;

import java.util.Comparator;

import org.podquote.episode.Episode;
import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.Episodes;
import org.podquote.episode.TranscriptSource;
import org.podquote.episode.TranscriptSourceRepository;
import org.podquote.importer.feed.FetchException;
import org.podquote.system.AdminAccount;
import org.podquote.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Try again": the admin has the transcript that an episode's feed named, and that could not be
 * fetched or read, fetched again from the episode page, through the feed import's own code.
 */
@Controller
class AdminTranscriptController {

	/** What the episode page says after a retry: the quotes read, or why it failed again. */
	public record Refetched(boolean imported, int quotes, String error) {
	}

	private final EpisodeRepository episodes;

	private final TranscriptSourceRepository sources;

	private final FeedImport feeds;

	private final AdminAccount admin;

	AdminTranscriptController(EpisodeRepository episodes, TranscriptSourceRepository sources, FeedImport feeds,
			AdminAccount admin) {
		this.episodes = episodes;
		this.sources = sources;
		this.feeds = feeds;
		this.admin = admin;
	}

	@PostMapping(Episodes.REFETCH_PATH)
	String refetch(@PathVariable String podcast, @PathVariable String episode, RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		Episode found = episodes.findBySlugs(podcast, episode)
			.orElseThrow(() -> new NotFoundException("podcast", podcast, "episode", episode));
		TranscriptSource failed = sources.findByEpisodeOrderById(found)
			.stream()
			.filter(source -> source.getRole().failed())
			.max(Comparator.comparing(TranscriptSource::getId))
			.orElse(null);
		if (failed == null) {
			// nothing to fetch again (another retry got it meanwhile, or the feed named none)
			return "redirect:" + Episodes.url(podcast, episode);
		}
		EpisodeFacts facts = EpisodeFacts.of(found.getTitle(), found.getPublishedOn(), found.getDuration(),
				found.getAudioUrl(), found.getLink(), found.getNumber(), EpisodeFacts.FEED);
		Refetched result;
		try {
			TranscriptImporter.Outcome outcome = feeds.refetch(found.getPodcast().getTitle(), found.getGuid(), facts,
					failed.getLocation(), failed.getFormat());
			result = outcome.status() == TranscriptImporter.Status.FAILED ? new Refetched(false, 0, outcome.error())
					: new Refetched(true, outcome.appearances(), null);
		}
		catch (FetchException ex) {
			result = new Refetched(false, 0, ex.describe());
		}
		redirect.addFlashAttribute("refetched", result);
		return "redirect:" + Episodes.url(podcast, episode);
	}

}
