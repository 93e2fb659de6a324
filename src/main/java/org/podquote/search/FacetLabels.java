package org.podquote.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.search.util.common.data.Range;
import org.podquote.episode.EpisodeRepository;
import org.podquote.podcast.Podcast;
import org.podquote.podcast.PodcastRepository;
import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerRepository;
import org.springframework.stereotype.Component;

/** Turns facet counts keyed by slug into names people read, and gives the years to count by. */
@Component
class FacetLabels {

	static final int MAX_YEARS = 30;

	private final SpeakerRepository speakers;

	private final PodcastRepository podcasts;

	private final EpisodeRepository episodes;

	FacetLabels(SpeakerRepository speakers, PodcastRepository podcasts, EpisodeRepository episodes) {
		this.speakers = speakers;
		this.podcasts = podcasts;
		this.episodes = episodes;
	}

	/** The name of a speaker slug, or the slug itself when no one has it. */
	String speakerName(String slug) {
		return speakers.findBySlug(slug).map(Speaker::getName).orElse(slug);
	}

	String podcastTitle(String slug) {
		return podcasts.findBySlug(slug).map(Podcast::getTitle).orElse(slug);
	}

	List<Facets.Facet> speakers(Map<String, Long> counts) {
		Map<String, String> names = speakers.findBySlugIn(counts.keySet())
			.stream()
			.collect(Collectors.toMap(Speaker::getSlug, Speaker::getName));
		return facets(counts, names::get);
	}

	List<Facets.Facet> podcasts(Map<String, Long> counts) {
		Map<String, String> titles = podcasts.findBySlugIn(counts.keySet())
			.stream()
			.collect(Collectors.toMap(Podcast::getSlug, Podcast::getTitle));
		return facets(counts, titles::get);
	}

	/** One range per calendar year the library's episodes span, the latest {@value #MAX_YEARS} at most. */
	List<Range<LocalDate>> yearRanges() {
		var span = episodes.findDateSpan();
		if (span == null || span.first() == null) {
			return List.of();
		}
		int last = span.last().getYear();
		int first = Math.max(span.first().getYear(), last - MAX_YEARS + 1);
		List<Range<LocalDate>> ranges = new ArrayList<>();
		for (int year = last; year >= first; year--) {
			ranges.add(Range.canonical(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
		}
		return ranges;
	}

	static List<Facets.Facet> years(Map<Range<LocalDate>, Long> counts) {
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.map(e -> {
				String year = String.valueOf(e.getKey().lowerBoundValue().orElseThrow().getYear());
				return new Facets.Facet(year, year, e.getValue());
			})
			.sorted(Comparator.comparing(Facets.Facet::value).reversed())
			.toList();
	}

	private static List<Facets.Facet> facets(Map<String, Long> counts, Function<String, String> label) {
		return counts.entrySet()
			.stream()
			.filter(e -> label.apply(e.getKey()) != null)
			.map(e -> new Facets.Facet(e.getKey(), label.apply(e.getKey()), e.getValue()))
			.toList();
	}

}
