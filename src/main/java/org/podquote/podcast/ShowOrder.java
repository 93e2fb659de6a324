package org.podquote.podcast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.podquote.episode.EpisodeCounts;
import org.springframework.data.domain.Sort;

/**
 * The orders of a show's episode list ({@code ?sort=}): by number, highest first (the default,
 * as a numbered show counts up), or lowest first; by date, newest or oldest first. Each ends on
 * the other key, the title and the id, so that pages never overlap. A show whose episodes have no
 * dates is offered no date order, one without numbers no number order.
 * <p>
 * Each is led by the show, which the page keeps to: an index of V18 holds the show's episodes in
 * each order, and H2 reads one in index order only when the sort names its columns from the first.
 */
public enum ShowOrder {

	NUMBER("number", Sort.by(Sort.Order.asc("podcast.id"), Sort.Order.desc("number").nullsLast(),
			Sort.Order.desc("publishedOn").nullsLast(), Sort.Order.asc("title"), Sort.Order.desc("id"))),

	NUMBER_ASC("number-asc", Sort.by(Sort.Order.asc("podcast.id"), Sort.Order.asc("number").nullsLast(),
			Sort.Order.asc("publishedOn").nullsLast(), Sort.Order.asc("title"), Sort.Order.asc("id"))),

	DATE("date", Sort.by(Sort.Order.asc("podcast.id"), Sort.Order.desc("publishedOn").nullsLast(),
			Sort.Order.desc("number").nullsLast(), Sort.Order.asc("title"), Sort.Order.desc("id"))),

	DATE_ASC("date-asc", Sort.by(Sort.Order.asc("podcast.id"), Sort.Order.asc("publishedOn").nullsLast(),
			Sort.Order.asc("number").nullsLast(), Sort.Order.asc("title"), Sort.Order.asc("id")));

	final String parameter;

	final Sort sort;

	ShowOrder(String parameter, Sort sort) {
		this.parameter = parameter;
		this.sort = sort;
	}

	/** The sort, total, led by the show (for {@code EpisodeRepository#findPageByPodcast}). */
	public Sort sort() {
		return sort;
	}

	public String parameter() {
		return parameter;
	}

	/** The key of its label in messages.properties. */
	public String messageKey() {
		return "podcast.sort." + name();
	}

	boolean byDate() {
		return this == DATE || this == DATE_ASC;
	}

	/** The orders these episodes can honestly be put in. */
	static List<ShowOrder> offered(EpisodeCounts counts) {
		List<ShowOrder> orders = new ArrayList<>();
		for (ShowOrder order : values()) {
			if (order.byDate() ? counts.anyDated() : counts.anyNumbered()) {
				orders.add(order);
			}
		}
		return orders;
	}

	/** The order asked for when it is offered, else the first offered (number, else date), else number. */
	static ShowOrder of(String parameter, List<ShowOrder> offered) {
		String wanted = parameter == null ? "" : parameter.strip().toLowerCase(Locale.ROOT);
		return offered.stream()
			.filter(order -> order.parameter.equals(wanted))
			.findFirst()
			.orElse(offered.isEmpty() ? NUMBER : offered.get(0));
	}

}
