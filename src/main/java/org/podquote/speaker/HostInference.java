package org.podquote.speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Who hosts a show when no credit says so, read from the transcripts. On a show with no
 * {@code podcast:person} for them, a person is its host (inferred) when they are in at least
 * {@value #MIN_EPISODES} of its transcribed episodes and either in at least half of them, or the
 * first named voice of at least {@value #MIN_OPENED}: guests seldom open a show, and a panel show
 * with rotating hosts (Go Time: Mat Ryer in 126 of 341 episodes, opening 98) has no one in half.
 * The page says it is inferred and on what.
 */
@Component
class HostInference {

	static final int MIN_EPISODES = 3;

	static final int MIN_OPENED = 3;

	/** How many episodes of a show (transcribed, or opened by someone) there are. */
	record ShowSize(long podcastId, long episodes) {
	}

	/**
	 * An inferred host of a show.
	 *
	 * @param episodes the show's episodes they are quoted in
	 * @param showEpisodes the show's episodes with a transcript
	 * @param opened of their episodes, those in which they are the first named voice
	 */
	public record Host(String podcastTitle, long episodes, long showEpisodes, long opened) {

		/** Whether opening episodes is part of the evidence worth showing. */
		public boolean opens() {
			return opened >= MIN_OPENED;
		}

	}

	private final SpeakerRepository speakers;

	HostInference(SpeakerRepository speakers) {
		this.speakers = speakers;
	}

	/** The shows of these episodes that the speaker hosts by this rule, most episodes first; none where credited. */
	List<Host> hosts(Speaker speaker, SpeakerEpisodes episodes) {
		Set<Long> credited = new HashSet<>(speakers.findCreditedPodcastIds(speaker));
		Map<Long, List<SpeakerEpisode>> shows = new LinkedHashMap<>();
		for (SpeakerEpisode e : episodes.newestFirst()) {
			if (!credited.contains(e.podcastId())) {
				shows.computeIfAbsent(e.podcastId(), id -> new ArrayList<>()).add(e);
			}
		}
		shows.values().removeIf(list -> list.size() < MIN_EPISODES);
		if (shows.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> sizes = new HashMap<>();
		speakers.countTranscribedEpisodes(shows.keySet()).forEach(s -> sizes.put(s.podcastId(), s.episodes()));
		// who opens each episode is found as its quotes are written (LibraryStats), not read here
		Map<Long, Long> opens = new HashMap<>();
		speakers.countOpened(speaker.getId()).forEach(s -> opens.put(s.podcastId(), s.episodes()));
		List<Host> hosts = new ArrayList<>();
		shows.forEach((podcastId, list) -> {
			long opened = opens.getOrDefault(podcastId, 0L);
			long size = sizes.getOrDefault(podcastId, (long) list.size());
			if (holds(list.size(), size, opened)) {
				hosts.add(new Host(list.get(0).podcastTitle(), list.size(), size, opened));
			}
		});
		hosts.sort(Comparator.comparingLong(Host::episodes).reversed());
		return hosts;
	}

	static boolean holds(long episodes, long showEpisodes, long opened) {
		return episodes >= MIN_EPISODES && (2 * episodes >= showEpisodes || opened >= MIN_OPENED);
	}

}
