package org.podquote.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.podquote.timeline.Timeline;

@Schema(description = "A person's quotes counted by the period their episode was published in; empty periods are zero")
record SpeakerTimeline(SpeakerRef speaker, @Schema(allowableValues = { "month", "quarter", "year" }) String bucket,
		List<Period> buckets, @Schema(description = "quotes in dated episodes") long dated,
		@Schema(description = "quotes in episodes with no date, counted apart and never given one") long undated,
		long total) {

	@Schema(name = "TimelinePeriod")
	record Period(@Schema(description = "the period's key", example = "2026-02, 2026-Q1 or 2026") String period,
			@Schema(example = "February 2026") String label, LocalDate from, LocalDate to, long count) {
	}

	static SpeakerTimeline of(SpeakerRef speaker, Timeline timeline) {
		return new SpeakerTimeline(speaker, timeline.granularity().name().toLowerCase(Locale.ROOT),
				timeline.buckets().stream().map(b -> new Period(key(b.from(), timeline.granularity()), b.label(), b.from(),
						b.to(), b.count())).toList(),
				timeline.dated(), timeline.undated(), timeline.total());
	}

	private static String key(LocalDate from, Timeline.Granularity granularity) {
		return switch (granularity) {
			case MONTH -> String.format(Locale.ROOT, "%d-%02d", from.getYear(), from.getMonthValue());
			case QUARTER -> from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
			case YEAR -> String.valueOf(from.getYear());
		};
	}

}
