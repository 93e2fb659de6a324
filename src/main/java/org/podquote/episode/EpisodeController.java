package org.podquote.episode;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteView;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchQuery;
import org.podquote.speaker.Voices;
import org.podquote.system.NotFoundException;
import org.podquote.system.OpenGraph;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/** An episode's transcript: the page, and its downloads ({@code transcript.{txt,md,srt,vtt,json}}). */
@Controller
class EpisodeController {

	static final String VIEW_PAGE = "episode/page";

	private final EpisodeRepository episodes;

	private final AppearanceRepository appearances;

	private final CreditRepository credits;

	private final TranscriptSourceRepository sources;

	private final QuoteSearch search;

	private final JsonMapper json;

	private final SampleRepository sample;

	private final ChapterRepository chapters;

	private final SoundbiteRepository soundbites;

	EpisodeController(EpisodeRepository episodes, AppearanceRepository appearances, CreditRepository credits,
			TranscriptSourceRepository sources, QuoteSearch search, JsonMapper json, SampleRepository sample,
			ChapterRepository chapters, SoundbiteRepository soundbites) {
		this.chapters = chapters;
		this.soundbites = soundbites;
		this.episodes = episodes;
		this.appearances = appearances;
		this.credits = credits;
		this.sources = sources;
		this.search = search;
		this.json = json;
		this.sample = sample;
	}

	@GetMapping("/podcasts/{podcast}/episodes/{episode}")
	String show(@PathVariable String podcast, @PathVariable String episode, @RequestParam(required = false) String q,
			@RequestParam(name = "t", required = false) Long startSeconds,
			@RequestParam(name = "end", required = false) Long endSeconds, Model model) {
		Episode found = find(podcast, episode);
		List<QuoteView> quotes = quotes(found);
		model.addAttribute("credits", CreditView.of(credits.findByEpisode(found)));
		// the voices the admin may name: generic ones, not parts of the show such as Music
		model.addAttribute("voices",
				quotes.stream().map(QuoteView::voice).filter(Voices::isGeneric).distinct().toList());
		EpisodeView view = EpisodeView.of(found);
		model.addAttribute("episode", view);
		model.addAttribute("sample", sample.find());
		Long start = startSeconds == null || startSeconds < 0 ? null : startSeconds;
		model.addAttribute("startSeconds", start);
		// a clip (?t=START&end=END) plays from its start and stops at its end; an end before the start is no clip
		model.addAttribute("endSeconds", start == null || endSeconds == null || endSeconds <= start ? null : endSeconds);
		model.addAttribute("moments", Moments.of(chapters.findByEpisode(found), soundbites.findByEpisode(found)));
		model.addAttribute("speakingTime", SpeakingTime.of(quotes));
		model.addAttribute("og", OpenGraph.of(view.title(), view.podcastTitle() + (quotes.isEmpty() ? ""
				: " \u2014 \u201c" + quotes.get(0).text() + "\u201d"), view.url(), "article"));
		model.addAttribute("quotes", quotes);
		// an episode without quotes says why instead of showing an empty transcript and empty downloads
		model.addAttribute("transcript", quotes.isEmpty() ? TranscriptState.of(sources.findByEpisodeOrderById(found)) : null);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("matches", q == null || q.isBlank() || quotes.isEmpty() ? EpisodeMatches.NONE
				: EpisodeMatches.of(search.search(SearchQuery.inEpisode(q, found.getId(), quotes.size() + 1))));
		return VIEW_PAGE;
	}

	@GetMapping("/podcasts/{podcast}/episodes/{episode}/transcript.{format}")
	ResponseEntity<byte[]> export(@PathVariable String podcast, @PathVariable String episode,
			@PathVariable String format) {
		TranscriptExport export = TranscriptExport.of(format);
		if (export == null) {
			throw new NotFoundException("transcript", podcast + "/" + episode, "format", format);
		}
		byte[] body = export.write(quotes(find(podcast, episode)), json).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(export.mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(episode + "." + export.extension).build().toString())
			.body(body);
	}

	private Episode find(String podcast, String episode) {
		return episodes.findBySlugs(podcast, episode)
			.orElseThrow(() -> new NotFoundException("podcast", podcast, "episode", episode));
	}

	/** Every quote of the episode in spoken order. */
	private List<QuoteView> quotes(Episode episode) {
		return appearances.findByEpisodeInOrder(episode).stream().map(QuoteView::of).toList();
	}

}
