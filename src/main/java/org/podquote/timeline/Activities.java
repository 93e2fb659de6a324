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

	@Transactional(readOnly = true)
	public Activity ofSpeaker(Speaker speaker) {
		Timeline timeline = Timeline.of(timelines.countByMonth(speaker), timelines.countUndated(speaker));
		return Activity.of(timeline, timeline.undated() == 0 ? List.of()
				: EpisodeOrder.of(timelines.countUndatedByEpisode(speaker), timelines.findDatedPodcasts()), undatedLabel());
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
