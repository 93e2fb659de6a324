package org.podquote.search;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.podquote.appearance.QuoteView;
import org.podquote.timeline.Activity;
import org.podquote.timeline.MatchActivities;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A search's words over time, beside its first page of results: every match counted by the month of
 * its episode (by episode number where there are no dates), who said it first (the earliest dated
 * match) and who said it most. Counting every match takes up to three searches over all the hits, so
 * the results page does not wait for it: it shows a link to {@value #PATH} ({@code overTimeUrl}),
 * which podquote.js follows after the page has loaded and puts in the link's place; without
 * scripts, the link opens the same chart as a page of its own ({@link SearchController#overTime}).
 * Kept apart from the search page's controller: it reads the search the page has made
 * ({@code criteria}) and adds {@code overTimeUrl} to its model.
 */
@Configuration
class PhraseOverTime implements WebMvcConfigurer {

	static final String PATH = "/search/over-time";

	static final String VIEW = "search/over-time-page";

	/** The people named as saying it most. */
	static final int MOST = 3;

	/**
	 * @param first the earliest dated match, or null when none has a date
	 * @param most who said it most, most first
	 */
	public record View(long total, Activity activity, QuoteView first, List<Facets.Facet> most) {
	}

	private final MatchCounts counts;

	private final MatchActivities activities;

	/** How many searches' views are kept between changes of the library. */
	static final int KEPT = 200;

	private final FacetLabels labels;

	/** By the search without its facets: up to three searches per first page otherwise. */
	private final LibraryCache.Bounded<SearchQuery, View> kept;

	PhraseOverTime(MatchCounts counts, MatchActivities activities, FacetLabels labels, LibraryCache cache) {
		this.counts = counts;
		this.activities = activities;
		this.labels = labels;
		this.kept = cache.bounded(KEPT);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView mav) {
				if (mav != null && SearchController.VIEW.equals(mav.getViewName())
						&& mav.getModel().get("criteria") instanceof SearchCriteria criteria && !criteria.blank()
						&& mav.getModel().get("result") instanceof SearchPage<?> result && result.page() == 0
						&& result.total() > 0) {
					mav.addObject("overTimeUrl", criteria.overTimeUrl());
				}
			}

		}).addPathPatterns("/search");
	}

	View of(SearchCriteria criteria) {
		SearchQuery query = criteria.queryWithoutFacets(0, 1);
		return kept.get(query, () -> count(query));
	}

	private View count(SearchQuery query) {
		MatchCounts.Counts counted = counts.count(query, null);
		java.util.Map<String, Long> top = new java.util.LinkedHashMap<>();
		counted.speakers().entrySet().stream().limit(MOST).forEach(e -> top.put(e.getKey(), e.getValue()));
		List<Facets.Facet> most = labels.speakers(top);
		return new View(counted.total(), activities.of(counted.months(), counted.undated(), counted.undatedByEpisode(),
				"over-time-"), counted.first(), most);
	}

}
