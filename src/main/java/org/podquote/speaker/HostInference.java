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

	/** Positions looked at for who opens an episode: past the first few, the first named voice is no opening. */
	static final int OPENING_WITHIN = 10;

	/** Ids per {@code in} list, well inside every database's limit on bound parameters. */
	static final int IN_LIST = 1000;

	/** How many transcribed episodes a show has. */
	record ShowSize(long podcastId, long episodes) {
	}

	/** A named, spoken quote near the start of an episode. */
	record Opening(long episodeId, int position, long speakerId) {
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
		List<Long> ids = shows.values().stream().flatMap(List::stream).map(SpeakerEpisode::episodeId).toList();
		Map<Long, Opening> first = new HashMap<>();
		for (int from = 0; from < ids.size(); from += IN_LIST) {
			for (Opening o : speakers.findOpenings(ids.subList(from, Math.min(from + IN_LIST, ids.size())),
					OPENING_WITHIN)) {
				first.merge(o.episodeId(), o, (a, b) -> a.position() <= b.position() ? a : b);
			}
		}
		List<Host> hosts = new ArrayList<>();
		shows.forEach((podcastId, list) -> {
			long opened = list.stream()
				.map(e -> first.get(e.episodeId()))
				.filter(o -> o != null && o.speakerId() == speaker.getId())
				.count();
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
