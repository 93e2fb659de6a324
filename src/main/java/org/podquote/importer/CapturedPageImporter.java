package org.podquote.importer;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.episode.Credit;
import org.podquote.episode.CreditRepository;
import org.podquote.episode.Episode;
import org.podquote.episode.TranscriptSource;
import org.podquote.episode.TranscriptSourceRepository;
import org.podquote.importer.format.CapturedPage;
import org.podquote.importer.format.PageFacts;
import org.podquote.importer.format.SpeakerPageParser;
import org.podquote.podcast.Podcast;
import org.podquote.speaker.Speaker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a captured speaker page: every quote becomes an appearance of the page's speaker. */
@Service
public class CapturedPageImporter {

	private final Library library;

	private final AppearanceRepository appearances;

	private final CreditRepository credits;

	private final TranscriptSourceRepository sources;

	private final Clock clock;

	CapturedPageImporter(Library library, AppearanceRepository appearances, CreditRepository credits,
			TranscriptSourceRepository sources, Clock clock) {
		this.library = library;
		this.appearances = appearances;
		this.credits = credits;
		this.sources = sources;
		this.clock = clock;
	}

	/** Imports a page with no facts beyond the capture. */
	@Transactional
	public int importPage(String location, String sha256, CapturedPage page) {
		return importPage(location, sha256, page, PageFacts.NONE);
	}

	/** Imports the page in one transaction; a page already imported (same bytes) adds nothing. */
	@Transactional
	public int importPage(String location, String sha256, CapturedPage page, PageFacts facts) {
		return importPage(location, sha256, page, facts, false);
	}

	/**
	 * The same, for the sample Podquote starts with ({@code sample}: its source is marked so, which
	 * is how the pages label it and the admin removes it).
	 */
	@Transactional
	public int importPage(String location, String sha256, CapturedPage page, PageFacts facts, boolean sample) {
		if (sources.existsBySha256(sha256)) {
			return 0;
		}
		Speaker speaker = library.speaker(page.speakerName());
		Map<String, Episode> episodes = new HashMap<>();
		Map<Episode, Integer> positions = new HashMap<>();
		for (CapturedPage.Quote quote : page.appearances()) {
			Episode episode = episodes.computeIfAbsent(quote.podcastTitle() + "\n" + quote.episodeTitle(),
					key -> newEpisode(quote, facts, speaker));
			int position = positions.merge(episode, 1, Integer::sum) - 1;
			Appearance appearance = new Appearance(episode, speaker, position, quote.text(), facts.attribution());
			appearance.setHeading(quote.heading());
			appearances.save(appearance);
		}
		Episode first = episodes.values().iterator().next();
		TranscriptSource source = new TranscriptSource(episodes.size() == 1 ? first : null, location,
				SpeakerPageParser.FORMAT, sha256, clock.instant());
		source.setCounts(page.appearances().size(), 0, null);
		source.setSample(sample);
		source.setProvenance("speaker page of " + page.speakerName() + (facts.site() == null ? "" : " on " + facts.site())
				+ "; role line \"" + page.role() + "\"; the site's own count: \"" + page.siteTotalLine() + "\"");
		sources.save(source);
		return page.appearances().size();
	}

	private Episode newEpisode(CapturedPage.Quote quote, PageFacts facts, Speaker speaker) {
		Podcast podcast = library.podcast(quote.podcastTitle());
		if (podcast.getDescription() == null) {
			podcast.setDescription(facts.podcastDescription());
		}
		Episode episode = library.episode(podcast, "captured:" + quote.episodeTitle(), quote.episodeTitle());
		episode.setPublishedOn(facts.publishedOn());
		episode.setDuration(facts.duration());
		episode.setAudioUrl(EpisodeFacts.webAddress(facts.audioUrl()));
		if (facts.creditRole() != null && !credits.existsByEpisodeAndSpeakerAndRole(episode, speaker, facts.creditRole())) {
			credits.save(new Credit(episode, speaker, facts.creditRole()));
		}
		return episode;
	}

}
