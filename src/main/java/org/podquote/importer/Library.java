package org.podquote.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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

	/** Canonical name by the key of each alias. */
	private final Map<String, String> aliases = new HashMap<>();

	Library(PodcastRepository podcasts, EpisodeRepository episodes, SpeakerRepository speakers,
			ImportProperties properties) {
		this.podcasts = podcasts;
		this.episodes = episodes;
		this.speakers = speakers;
		properties.aliases()
			.forEach((name, others) -> others.forEach(alias -> aliases.put(SpeakerNames.key(alias), name)));
	}

	Podcast podcast(String title) {
		String clean = SpeakerNames.clean(title);
		return podcasts.findFirstByTitle(clean)
			.orElseGet(() -> podcasts.save(new Podcast(Slugs.unique(clean, podcasts::existsBySlug), clean)));
	}

	/** The episode of a podcast title and guid, if it was imported before; creates nothing. */
	Optional<Episode> findEpisode(String podcastTitle, String guid) {
		return podcasts.findFirstByTitle(SpeakerNames.clean(podcastTitle))
			.flatMap(podcast -> episodes.findByPodcastAndGuid(podcast, guid));
	}

	Optional<Episode> findEpisode(Podcast podcast, String guid) {
		return episodes.findByPodcastAndGuid(podcast, guid);
	}

	/** Removes an episode once nothing points at it any more. */
	void delete(Episode episode) {
		episodes.delete(episode);
	}

	Episode episode(Podcast podcast, String guid, String title) {
		String clean = SpeakerNames.clean(title);
		return episodes.findByPodcastAndGuid(podcast, guid)
			.orElseGet(() -> episodes.save(new Episode(podcast,
					Slugs.unique(clean, slug -> episodes.existsByPodcastAndSlug(podcast, slug)), guid, clean)));
	}

	/** Whether the label is a configured alias: then it names that person, even when it looks like "Speaker 1". */
	boolean aliased(String label) {
		return aliases.containsKey(SpeakerNames.key(label));
	}

	/** The person of a name, after the configured aliases and those of merges; spacing and case do not matter. */
	Speaker speaker(String label) {
		String name = aliases.getOrDefault(SpeakerNames.key(label), label);
		// a person merged into another is that person's alias now: their name finds the person it stands for
		return speakers.findByNameKey(SpeakerNames.key(name))
			.or(() -> speakers.findByAliasKey(SpeakerNames.key(name)).stream().findFirst())
			.orElseGet(() -> speakers.save(new Speaker(Slugs.unique(name, speakers::existsBySlug),
					SpeakerNames.clean(name))));
	}

}
