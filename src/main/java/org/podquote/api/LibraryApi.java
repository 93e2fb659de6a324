package org.podquote.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteView;
import org.podquote.episode.CreditRepository;
import org.podquote.episode.CreditView;
import org.podquote.episode.Episode;
import org.podquote.episode.EpisodeCounts;
import org.podquote.episode.EpisodeRepository;
import org.podquote.podcast.Podcast;
import org.podquote.podcast.PodcastRepository;
import org.podquote.podcast.ShowOrder;
import org.podquote.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = Links.API, produces = ApiDocs.JSON)
@Tag(name = ApiDocs.PODCASTS)
@ApiDocs.Common
class LibraryApi {

	private final PodcastRepository podcasts;

	private final EpisodeRepository episodes;

	private final AppearanceRepository appearances;

	private final CreditRepository credits;

	LibraryApi(PodcastRepository podcasts, EpisodeRepository episodes, AppearanceRepository appearances,
			CreditRepository credits) {
		this.podcasts = podcasts;
		this.episodes = episodes;
		this.appearances = appearances;
		this.credits = credits;
	}

	@GetMapping("/podcasts")
	@Operation(operationId = "listPodcasts", summary = "List shows", description = "By title, with episode counts and the dates they span.")
	ApiPage<PodcastItem> podcasts(
			@Parameter(description = "page number, from 1") @RequestParam(defaultValue = "1") @Min(1) int page,
			@Parameter(description = "rows per page") @RequestParam(defaultValue = PageParams.DEFAULT_SIZE) @Min(1) @Max(PageParams.MAX_SIZE) int size) {
		Links links = Links.current();
		return ApiPage.of(podcasts.findSummaries(), new PageParams(page, size), p -> PodcastItem.of(p, links));
	}

	@GetMapping("/podcasts/{slug}")
	@Operation(operationId = "getPodcast", summary = "Get a show")
	@ApiDocs.NotFound
	PodcastDetail podcast(
			@Parameter(description = "the show's slug", example = "lesswrong-curated-popular") @PathVariable String slug) {
		Podcast podcast = find("slug", slug);
		return PodcastDetail.of(podcast, episodes.findCounts(podcast), podcasts.findQuotesOn(podcast.getId()).orElse(0L),
				Links.current());
	}

	@GetMapping("/podcasts/{slug}/episodes")
	@Operation(operationId = "listPodcastEpisodes", summary = "List a show's episodes", description = "As the show's page lists them: highest number first, then newest; episodes without a number or date last.")
	@ApiDocs.NotFound
	ApiPage<EpisodeItem> episodes(
			@Parameter(description = "the show's slug", example = "lesswrong-curated-popular") @PathVariable String slug,
			@Parameter(description = "page number, from 1") @RequestParam(defaultValue = "1") @Min(1) int page,
			@Parameter(description = "rows per page") @RequestParam(defaultValue = PageParams.DEFAULT_SIZE) @Min(1) @Max(PageParams.MAX_SIZE) int size) {
		Links links = Links.current();
		Podcast podcast = find("slug", slug);
		PageParams params = new PageParams(page, size);
		EpisodeCounts counts = episodes.findCounts(podcast);
		if (params.offset() >= counts.episodes()) {
			return ApiPage.of(List.<EpisodeItem>of(), counts.episodes(), params);
		}
		// the show page's default order, read a page at a time through V18's index for it
		return ApiPage.of(episodes.findPageByPodcast(podcast, params.request(ShowOrder.NUMBER.sort())),
				e -> EpisodeItem.of(e, links));
	}

	@GetMapping("/episodes/{podcast}/{episode}")
	@Operation(operationId = "getEpisode", summary = "Get an episode with its transcript", description = "Every quote of the episode in spoken order.")
	@ApiDocs.NotFound
	EpisodeDetail episode(
			@Parameter(description = "the show's slug", example = "lesswrong-curated-popular") @PathVariable String podcast,
			@Parameter(description = "the episode's slug, unique within its show",
					example = "the-persona-selection-model-by-sam-marks") @PathVariable String episode) {
		Episode found = episodes.findBySlugs(podcast, episode).orElseThrow(() -> {
			find("podcast", podcast);
			return new NotFoundException("podcast", podcast, "episode", episode);
		});
		return EpisodeDetail.of(found, CreditView.of(credits.findByEpisode(found)),
				appearances.findByEpisodeInOrder(found).stream().map(QuoteView::of).toList(), Links.current());
	}

	@GetMapping("/quotes/{id}")
	@Operation(operationId = "getQuote", summary = "Get a quote", description = "With its speaker, episode, show and its place in the episode.")
	@ApiDocs.NotFound
	QuoteDetail quote(@Parameter(description = "the quote's id") @PathVariable long id) {
		return appearances.findWithContext(id)
			.map(a -> QuoteDetail.of(QuoteView.of(a), Links.current()))
			.orElseThrow(() -> new NotFoundException("quote", id));
	}

	private Podcast find(String parameter, String slug) {
		return podcasts.findBySlug(slug).orElseThrow(() -> new NotFoundException("podcast", slug, parameter));
	}

}
