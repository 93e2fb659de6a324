package org.podquote.episode;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteView;
import org.podquote.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tools.jackson.databind.json.JsonMapper;

/** {@code /podcasts/{p}/episodes/{e}/transcript.{txt,md,srt,vtt,json}}: downloads of a transcript. */
@Controller
class TranscriptExportController {

	private final EpisodeRepository episodes;

	private final AppearanceRepository appearances;

	private final JsonMapper json;

	TranscriptExportController(EpisodeRepository episodes, AppearanceRepository appearances, JsonMapper json) {
		this.episodes = episodes;
		this.appearances = appearances;
		this.json = json;
	}

	@GetMapping("/podcasts/{podcast}/episodes/{episode}/transcript.{format}")
	ResponseEntity<byte[]> export(@PathVariable String podcast, @PathVariable String episode,
			@PathVariable String format) {
		TranscriptExport export = TranscriptExport.of(format);
		if (export == null) {
			throw new NotFoundException("transcript", podcast + "/" + episode, "format", format);
		}
		Episode found = episodes.findBySlugs(podcast, episode)
			.orElseThrow(() -> new NotFoundException("podcast", podcast, "episode", episode));
		List<QuoteView> quotes = appearances.findByEpisodeInOrder(found).stream().map(QuoteView::of).toList();
		byte[] body = export.write(quotes, json).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(export.mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(episode + "." + export.extension).build().toString())
			.body(body);
	}

}
