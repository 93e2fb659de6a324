package org.podquote.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.hibernate.search.util.common.data.Range;
import org.podquote.episode.EpisodeRepository;
import org.springframework.stereotype.Component;

/**
 * Turns facet counts into names people read, and gives the years to count by. The engine counts
 * speakers and podcasts by id ({@link QuoteIndexMapping#SPEAKER_ID}); here they become slugs (what a
 * facet's link narrows by) and names, ordered as a count by slug was: the most first, a tie by slug.
 * Slugs, names and years are read from the database once per {@link LibraryVersion}, not for every
 * search.
 */
@Component
class FacetLabels {

	static final int MAX_YEARS = 30;

	/**
	 * How many values of a facet the engine is asked for, to show {@link HibernateQuoteSearch#FACET_SIZE}:
	 * the engine breaks a tie by id, the facet by slug, so the values tied with the last one shown
	 * must all be there ({@link #complete}); when they may not be, they are counted again without a limit.
	 */
	static final int LOOKAHEAD = 100;

	/** How many ids one query reads the labels of. */
	static final int READ_AT_ONCE = 500;

	private final EntityManager entityManager;

	private final EpisodeRepository episodes;

	private final LibraryVersion version;

	private final Supplier<List<Range<LocalDate>>> yearRanges;

	/** A speaker's or podcast's slug and the name people read. */
	private record Label(String slug, String name) {
	}

	/** What was read so far in one version of the library, by slug and by id. */
	private record Names(long version, Map<String, String> speakers, Map<String, String> podcasts,
			Map<Long, Label> speakerIds, Map<Long, Label> podcastIds) {
	}

	private volatile Names names = new Names(-1, Map.of(), Map.of(), Map.of(), Map.of());

	FacetLabels(EntityManager entityManager, EpisodeRepository episodes, LibraryVersion version) {
		this.entityManager = entityManager;
		this.episodes = episodes;
		this.version = version;
		this.yearRanges = version.cached(this::readYearRanges);
	}

	private Names names() {
		long now = version.current();
		Names held = names;
		if (held.version() != now) {
			held = new Names(now, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
					new ConcurrentHashMap<>());
			names = held;
		}
		return held;
	}

	/** The name of a speaker slug, or the slug itself when no one has it. */
	String speakerName(String slug) {
		String name = read(Set.of(slug), names().speakers(), "Speaker", "name", "slug").get(slug);
		return name == null ? slug : name;
	}

	String podcastTitle(String slug) {
		String title = read(Set.of(slug), names().podcasts(), "Podcast", "title", "slug").get(slug);
		return title == null ? slug : title;
	}

	/** The speakers' facet of counts by slug, in their order. */
	List<Facets.Facet> speakers(Map<String, Long> counts) {
		return facets(counts, read(counts.keySet(), names().speakers(), "Speaker", "name", "slug")::get);
	}

	List<Facets.Facet> podcasts(Map<String, Long> counts) {
		return facets(counts, read(counts.keySet(), names().podcasts(), "Podcast", "title", "slug")::get);
	}

	/**
	 * Counts by speaker id as counts by slug: the most first, a tie by slug, at most {@code max}; ids
	 * no longer in the library (an index a moment behind a deletion) left out.
	 */
	Map<String, Long> speakerSlugs(Map<Long, Long> counts, int max) {
		Names held = names();
		return bySlug(counts, max, labels(counts.keySet(), held.speakerIds(), held.speakers(), "Speaker", "name"));
	}

	Map<String, Long> podcastSlugs(Map<Long, Long> counts, int max) {
		Names held = names();
		return bySlug(counts, max, labels(counts.keySet(), held.podcastIds(), held.podcasts(), "Podcast", "title"));
	}

	/**
	 * Whether the top {@code asked} counts that the engine gave hold every value that a facet of
	 * {@code shown} can show: all of them, or the least of them below the {@code shown}th, so that
	 * none left out ties with the last one shown.
	 */
	static boolean complete(Map<Long, Long> top, int asked, int shown) {
		if (top.size() < asked) {
			return true;
		}
		long[] counts = top.values().stream().mapToLong(Long::longValue).sorted().toArray();
		return counts[0] < counts[counts.length - shown];
	}

	private static Map<String, Long> bySlug(Map<Long, Long> counts, int max, Map<Long, Label> labels) {
		Map<String, Long> top = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.filter(e -> labels.containsKey(e.getKey()))
			.sorted(Comparator.<Map.Entry<Long, Long>>comparingLong(Map.Entry::getValue)
				.reversed()
				.thenComparing(e -> labels.get(e.getKey()).slug()))
			.limit(max)
			.forEach(e -> top.put(labels.get(e.getKey()).slug(), e.getValue()));
		return top;
	}

	/** The labels of these ids, read from the database once per version; the names by slug kept too. */
	private Map<Long, Label> labels(Set<Long> ids, Map<Long, Label> known, Map<String, String> namesBySlug,
			String entity, String name) {
		List<Long> missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
		// a few hundred at a time: the over-time counts label every speaker of their matches
		for (int from = 0; from < missing.size(); from += READ_AT_ONCE) {
			List<Object[]> rows = entityManager
				.createQuery("select e.id, e.slug, e." + name + " from " + entity + " e where e.id in :ids", Object[].class)
				.setParameter("ids", missing.subList(from, Math.min(from + READ_AT_ONCE, missing.size())))
				.getResultList();
			for (Object[] row : rows) {
				known.put((Long) row[0], new Label((String) row[1], (String) row[2]));
				namesBySlug.put((String) row[1], (String) row[2]);
			}
		}
		return known;
	}

	/** The names of these slugs, read from the database once per version. */
	private Map<String, String> read(Set<String> slugs, Map<String, String> known, String entity, String name,
			String key) {
		List<String> missing = slugs.stream().filter(s -> !known.containsKey(s)).toList();
		if (!missing.isEmpty()) {
			entityManager
				.createQuery("select e." + key + ", e." + name + " from " + entity + " e where e." + key + " in :keys",
						Object[].class)
				.setParameter("keys", missing)
				.getResultList()
				.forEach(row -> known.put((String) row[0], (String) row[1]));
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
