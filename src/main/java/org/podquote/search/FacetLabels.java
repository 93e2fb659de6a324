package org.podquote.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.hibernate.search.util.common.data.Range;
import org.podquote.episode.EpisodeRepository;
import org.podquote.podcast.PodcastRepository;
import org.podquote.speaker.SpeakerRepository;
import org.springframework.stereotype.Component;

/**
 * Turns facet counts keyed by slug into names people read, and gives the years to count by. Names
 * and years are read from the database once per {@link LibraryVersion}, not for every search.
 */
@Component
class FacetLabels {

	static final int MAX_YEARS = 30;

	private final SpeakerRepository speakers;

	private final PodcastRepository podcasts;

	private final EpisodeRepository episodes;

	private final LibraryVersion version;

	private final Supplier<List<Range<LocalDate>>> yearRanges;

	/** The names read so far in one version of the library. */
	private record Names(long version, Map<String, String> speakers, Map<String, String> podcasts) {
	}

	private volatile Names names = new Names(-1, Map.of(), Map.of());

	FacetLabels(SpeakerRepository speakers, PodcastRepository podcasts, EpisodeRepository episodes,
			LibraryVersion version) {
		this.speakers = speakers;
		this.podcasts = podcasts;
		this.episodes = episodes;
		this.version = version;
		this.yearRanges = version.cached(this::readYearRanges);
	}

	private Names names() {
		long now = version.current();
		Names held = names;
		if (held.version() != now) {
			held = new Names(now, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
			names = held;
		}
		return held;
	}

	/** The name of a speaker slug, or the slug itself when no one has it. */
	String speakerName(String slug) {
		String name = speakerNames(Set.of(slug)).get(slug);
		return name == null ? slug : name;
	}

	String podcastTitle(String slug) {
		String title = podcastTitles(Set.of(slug)).get(slug);
		return title == null ? slug : title;
	}

	List<Facets.Facet> speakers(Map<String, Long> counts) {
		return facets(counts, speakerNames(counts.keySet())::get);
	}

	List<Facets.Facet> podcasts(Map<String, Long> counts) {
		return facets(counts, podcastTitles(counts.keySet())::get);
	}

	private Map<String, String> speakerNames(Set<String> slugs) {
		Map<String, String> known = names().speakers();
		Set<String> missing = slugs.stream().filter(s -> !known.containsKey(s)).collect(Collectors.toSet());
		if (!missing.isEmpty()) {
			speakers.findBySlugIn(missing).forEach(s -> known.put(s.getSlug(), s.getName()));
		}
		return known;
	}

	private Map<String, String> podcastTitles(Set<String> slugs) {
		Map<String, String> known = names().podcasts();
		Set<String> missing = slugs.stream().filter(s -> !known.containsKey(s)).collect(Collectors.toSet());
		if (!missing.isEmpty()) {
			podcasts.findBySlugIn(missing).forEach(p -> known.put(p.getSlug(), p.getTitle()));
		}
		return known;
	}

	/** One range per calendar year the library's episodes span, the latest {@value #MAX_YEARS} at most. */
	List<Range<LocalDate>> yearRanges() {
		return yearRanges.get();
	}

	private List<Range<LocalDate>> readYearRanges() {
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
		return List.copyOf(ranges);
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
