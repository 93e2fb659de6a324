package org.podquote.episode;

import java.util.List;
import java.util.Set;

/**
 * The sample Podquote starts with (the seed), as the pages label it wherever it is counted: its
 * episodes are those with a source marked as the sample ({@link TranscriptSource#isSample()}), so
 * that it is told apart however its podcast or episode are named. Empty once the admin removed it.
 *
 * @param wholly the pages of the people and podcasts whose every quote is the sample's, which the
 *        rankings and people lists tag as the sample
 */
public record Sample(List<SampleEpisode> episodes, Set<String> wholly) {

	/** One episode of the sample, with its quotes. */
	public record SampleEpisode(String podcastSlug, String episodeSlug, long quotes) {
	}

	/** What of the sample one podcast holds. */
	public record Share(long episodes, long quotes) {
	}

	public Sample {
		episodes = List.copyOf(episodes);
		wholly = Set.copyOf(wholly);
	}

	public Sample(List<SampleEpisode> episodes) {
		this(episodes, Set.of());
	}

	public boolean present() {
		return !episodes.isEmpty();
	}

	public long quotes() {
		return episodes.stream().mapToLong(SampleEpisode::quotes).sum();
	}

	public long episodeCount() {
		return episodes.size();
	}

	public long podcastCount() {
		return episodes.stream().map(SampleEpisode::podcastSlug).distinct().count();
	}

	/** What of the sample this podcast holds, or null when none. */
	public Share in(String podcastSlug) {
		List<SampleEpisode> mine = episodes.stream().filter(e -> e.podcastSlug().equals(podcastSlug)).toList();
		return mine.isEmpty() ? null : new Share(mine.size(), mine.stream().mapToLong(SampleEpisode::quotes).sum());
	}

	public boolean has(String podcastSlug, String episodeSlug) {
		return episodes.stream().anyMatch(e -> e.podcastSlug().equals(podcastSlug) && e.episodeSlug().equals(episodeSlug));
	}

	/** Whether the person or podcast at this page is counted from the sample alone. */
	public boolean counts(String url) {
		return wholly.contains(url);
	}

}
