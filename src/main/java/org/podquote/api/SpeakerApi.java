package org.podquote.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerQuoteList;
import org.podquote.speaker.SpeakerRepository;
import org.podquote.speaker.SpeakingTimes;
import org.podquote.system.NotFoundException;
import org.podquote.timeline.Timeline;
import org.podquote.timeline.TimelineRepository;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = Links.API + "/speakers", produces = ApiDocs.JSON)
@Tag(name = ApiDocs.SPEAKERS)
@ApiDocs.Common
class SpeakerApi {

	private final SpeakerRepository speakers;

	private final SpeakerQuoteList quoteList;

	private final TimelineRepository timelines;

	private final SpeakingTimes speakingTimes;

	SpeakerApi(SpeakerRepository speakers, SpeakerQuoteList quoteList, TimelineRepository timelines,
			SpeakingTimes speakingTimes) {
		this.speakingTimes = speakingTimes;
		this.speakers = speakers;
		this.quoteList = quoteList;
		this.timelines = timelines;
	}

	@GetMapping
	@Operation(operationId = "listSpeakers", summary = "List people", description = "Everyone quoted in the library, most quoted first.")
	ApiPage<SpeakerItem> list(
			@Parameter(description = "page number, from 1") @RequestParam(defaultValue = "1") @Min(1) int page,
			@Parameter(description = "rows per page") @RequestParam(defaultValue = PageParams.DEFAULT_SIZE) @Min(1) @Max(PageParams.MAX_SIZE) int size) {
		Links links = Links.current();
		return ApiPage.of(speakers.findMostQuoted(new PageParams(page, size).request()), s -> SpeakerItem.of(s, links));
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getSpeaker", summary = "Get a person", description = "Totals (appearances, episodes, podcasts), roles and the first "
			+ "and last dates they are quoted on.")
	@ApiDocs.NotFound
	SpeakerDetail show(@Parameter(description = "the speaker's slug", example = "sam-marks") @PathVariable String slug) {
		Speaker speaker = find(slug);
		return SpeakerDetail.of(speaker, speakers.findRoles(speaker), speakers.findStats(speaker),
				speakers.countCreditedEpisodes(speaker), speakingTimes.ofSpeaker(speaker.getId()), Links.current());
	}

	@GetMapping("/{slug}/appearances")
	@Operation(operationId = "listSpeakerAppearances", summary = "List a person's quotes", description = "Newest episode first, in spoken order within an episode.")
	@ApiDocs.NotFound
	ApiPage<QuoteDetail> appearances(
			@Parameter(description = "the speaker's slug", example = "sam-marks") @PathVariable String slug,
			@Parameter(description = "page number, from 1") @RequestParam(defaultValue = "1") @Min(1) int page,
			@Parameter(description = "rows per page") @RequestParam(defaultValue = PageParams.DEFAULT_SIZE) @Min(1) @Max(PageParams.MAX_SIZE) int size) {
		Speaker speaker = find(slug);
		Links links = Links.current();
		return ApiPage.of(quoteList.newest(speaker, new PageParams(page, size).request(Sort.unsorted())),
				quote -> QuoteDetail.of(quote, links));
	}

	@GetMapping("/{slug}/timeline")
	@Operation(operationId = "getSpeakerTimeline", summary = "Count a person's quotes over time",
			description = "By the month, quarter or year their episode was published, from the period of the first "
					+ "dated quote to that of the last; quotes in undated episodes are counted apart.")
	@ApiDocs.NotFound
	SpeakerTimeline timeline(
			@Parameter(description = "the speaker's slug", example = "sam-marks") @PathVariable String slug,
			@Parameter(description = "period to count by", schema = @Schema(allowableValues = { "month", "quarter",
					"year" })) @RequestParam(defaultValue = "month") String bucket) {
		Timeline.Granularity granularity = granularity(bucket);
		Speaker speaker = find(slug);
		Timeline timeline = Timeline.of(timelines.countByMonth(speaker), timelines.countUndated(speaker), granularity);
		return SpeakerTimeline.of(SpeakerRef.of(speaker.getSlug(), speaker.getName(), Links.current()), timeline);
	}

	private Speaker find(String slug) {
		return speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("speaker", slug));
	}

	private static Timeline.Granularity granularity(String bucket) {
		try {
			return Timeline.Granularity.valueOf(bucket.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ParameterProblem.bad("bucket", "bucket must be month, quarter or year, not '" + bucket + "'.");
		}
	}

}
