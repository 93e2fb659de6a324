package org.podquote.search;

import java.util.List;

/** Counts of the matching quotes by speaker, podcast and year, each a way to narrow the search. */
public record Facets(List<Facet> speakers, List<Facet> podcasts, List<Facet> years) {

	public static final Facets NONE = new Facets(List.of(), List.of(), List.of());

	public Facets {
		speakers = List.copyOf(speakers);
		podcasts = List.copyOf(podcasts);
		years = List.copyOf(years);
	}

	/** How many of the matches the years count: those of dated episodes. */
	public long dated() {
		return years.stream().mapToLong(Facet::count).sum();
	}

	public boolean isEmpty() {
		return speakers.isEmpty() && podcasts.isEmpty() && years.isEmpty();
	}

	/**
	 * @param value what narrows the search: a speaker or podcast slug, or a year
	 * @param label what the user reads
	 */
	public record Facet(String value, String label, long count) {
	}

}
