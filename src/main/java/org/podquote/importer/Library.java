package org.podquote.importer;

import org.podquote.episode.Episode;
import org.podquote.episode.EpisodeRepository;
import org.podquote.podcast.Podcast;
import org.podquote.podcast.PodcastRepository;
import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerNames;
import org.podquote.speaker.SpeakerRepository;
import org.podquote.system.Slugs;
import org.springframework.stereotype.Component;

/** Finds or creates the podcasts, episodes and speakers an import names. Call inside a transaction. */
@Component
class Library {

	private final PodcastRepository podcasts;

	private final EpisodeRepository episodes;

	private final SpeakerRepository speakers;

	Library(PodcastRepository podcasts, EpisodeRepository episodes, SpeakerRepository speakers) {
		this.podcasts = podcasts;
		this.episodes = episodes;
		this.speakers = speakers;
	}

	Podcast podcast(String title) {
		String clean = SpeakerNames.clean(title);
		return podcasts.findFirstByTitle(clean)
			.orElseGet(() -> podcasts.save(new Podcast(Slugs.unique(clean, podcasts::existsBySlug), clean)));
	}

	Episode episode(Podcast podcast, String guid, String title) {
		String clean = SpeakerNames.clean(title);
		return episodes.findByPodcastAndGuid(podcast, guid)
			.orElseGet(() -> episodes.save(new Episode(podcast,
					Slugs.unique(clean, slug -> episodes.existsByPodcastAndSlug(podcast, slug)), guid, clean)));
	}

	Speaker speaker(String name) {
		return speakers.findByNameKey(SpeakerNames.key(name))
			.orElseGet(() -> speakers.save(new Speaker(Slugs.unique(name, speakers::existsBySlug),
					SpeakerNames.clean(name))));
	}

}
