package org.podquote.timeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Activity} of some matches that a search counted (a phrase over time, the mentions of a
 * person): dated ones by month, undated ones by their episodes' numbers, show by show.
 */
@Component
public class MatchActivities {

	private final TimelineRepository timelines;

	private final EntityManager entityManager;

	private final MessageSource messages;

	MatchActivities(TimelineRepository timelines, EntityManager entityManager, MessageSource messages) {
		this.timelines = timelines;
		this.entityManager = entityManager;
		this.messages = messages;
	}

	/**
	 * @param months dated matches by month
	 * @param undated how many matches have no date
	 * @param undatedByEpisode those, by episode id
	 * @param idPrefix set before the ids of the charts by episode number, to tell them apart from another
	 * activity's on the same page
	 */
	@Transactional(readOnly = true)
	public Activity of(Map<YearMonth, Long> months, long undated, Map<Long, Long> undatedByEpisode, String idPrefix) {
		List<MonthCount> counts = months.entrySet()
			.stream()
			.map(e -> new MonthCount(e.getKey().getYear(), e.getKey().getMonthValue(), e.getValue()))
			.toList();
		Timeline timeline = Timeline.of(counts, undated);
		List<EpisodeCount> byEpisode = new ArrayList<>();
		if (!undatedByEpisode.isEmpty()) {
			List<Object[]> rows = entityManager.createQuery(
					"select e.id, p.slug, p.title, e.number from Episode e join e.podcast p where e.id in ?1", Object[].class)
				.setParameter(1, undatedByEpisode.keySet())
				.getResultList();
			for (Object[] row : rows) {
				byEpisode.add(new EpisodeCount((String) row[1], (String) row[2], (Integer) row[3],
						undatedByEpisode.get((Long) row[0])));
			}
		}
		String undatedLabel = messages.getMessage("chart.undatedRow", null, "Undated", LocaleContextHolder.getLocale());
		Activity activity = Activity.of(timeline,
				byEpisode.isEmpty() ? List.of() : EpisodeOrder.of(byEpisode, timelines.findDatedPodcasts()), undatedLabel);
		return new Activity(activity.timeline(), activity.chart(),
				activity.shows().stream().map(s -> new Activity.Show(s.order(), s.chart(), idPrefix + s.id())).toList(),
				activity.others());
	}

}
