package org.podquote.timeline;

import java.util.List;
import java.util.Set;

import org.podquote.search.LibraryCache;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Activity} of a person or of the whole library, read from the timeline's aggregates. */
@Component
public class Activities {

	private final TimelineRepository timelines;

	private final MessageSource messages;

	private final LibraryCache.Bounded<Boolean, Set<String>> datedPodcasts;

	Activities(TimelineRepository timelines, MessageSource messages, LibraryCache cache) {
		this.timelines = timelines;
		this.messages = messages;
		this.datedPodcasts = cache.bounded(1);
	}

	/**
	 * A person's activity from their quotes counted by the caller: the speaker page has their
	 * episodes and counts at hand (maintained as quotes are written), so nothing of theirs is read here.
	 *
	 * @param dated the person's quotes by month, with the undated counted
	 * @param undated their quotes in each undated episode (on the show the page keeps to, if any)
	 */
	@Transactional(readOnly = true)
	public Activity ofSpeaker(Timeline dated, List<EpisodeCount> undated) {
		return Activity.of(dated, undated.isEmpty() ? List.of() : EpisodeOrder.of(undated, datedPodcasts()),
				undatedLabel());
	}

	@Transactional(readOnly = true)
	public Activity ofLibrary() {
		Timeline timeline = Timeline.of(timelines.countLibraryByMonth(), timelines.countLibraryUndated());
		return Activity.of(timeline, timeline.undated() == 0 ? List.of()
				: EpisodeOrder.of(timelines.countLibraryUndatedByEpisode(), datedPodcasts()),
				undatedLabel());
	}

	/** The shows with a dated episode: a scan of every episode, so read once per version of the library. */
	private Set<String> datedPodcasts() {
		return datedPodcasts.get(Boolean.TRUE, timelines::findDatedPodcasts);
	}

	private String undatedLabel() {
		return messages.getMessage("chart.undatedRow", null, "Undated", LocaleContextHolder.getLocale());
	}

}
