package org.podquote.timeline;

import java.util.List;

import org.podquote.speaker.Speaker;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Activity} of a person or of the whole library, read from the timeline's aggregates. */
@Component
public class Activities {

	private final TimelineRepository timelines;

	private final MessageSource messages;

	Activities(TimelineRepository timelines, MessageSource messages) {
		this.timelines = timelines;
		this.messages = messages;
	}

	/**
	 * A person's activity from their dated quotes counted by the caller (the speaker page has them
	 * at hand), with their undated quotes by episode number read here.
	 *
	 * @param dated the person's quotes by month, with the undated counted
	 * @param podcast a show's slug to keep to, or null for all
	 */
	@Transactional(readOnly = true)
	public Activity ofSpeaker(Speaker speaker, Timeline dated, String podcast) {
		List<EpisodeCount> undated = dated.undated() == 0 ? List.of()
				: timelines.countUndatedByEpisode(speaker)
					.stream()
					.filter(count -> podcast == null || podcast.equals(count.podcastSlug()))
					.toList();
		return Activity.of(dated, undated.isEmpty() ? List.of() : EpisodeOrder.of(undated, timelines.findDatedPodcasts()),
				undatedLabel());
	}

	@Transactional(readOnly = true)
	public Activity ofLibrary() {
		Timeline timeline = Timeline.of(timelines.countLibraryByMonth(), timelines.countLibraryUndated());
		return Activity.of(timeline, timeline.undated() == 0 ? List.of()
				: EpisodeOrder.of(timelines.countLibraryUndatedByEpisode(), timelines.findDatedPodcasts()),
				undatedLabel());
	}

	private String undatedLabel() {
		return messages.getMessage("chart.undatedRow", null, "Undated", LocaleContextHolder.getLocale());
	}

}
