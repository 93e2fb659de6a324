package org.podquote.speaker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.podquote.appearance.CitationStyles;
import org.podquote.system.NotFoundException;
import org.podquote.system.PublicUrls;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tools.jackson.databind.json.JsonMapper;

/** Every quote of a person, newest first, as one citation file: BibTeX, RIS or CSL-JSON. */
@Controller
class SpeakerCitations {

	private final SpeakerRepository speakers;

	private final SpeakerQuoteList list;

	private final JsonMapper json;

	SpeakerCitations(SpeakerRepository speakers, SpeakerQuoteList list, JsonMapper json) {
		this.speakers = speakers;
		this.list = list;
		this.json = json;
	}

	@GetMapping("/speakers/{slug}/citations.{extension}")
	ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable String extension) {
		CitationStyles.File file = CitationStyles.File.of(extension);
		if (file == null) {
			throw new NotFoundException("speaker", slug, "citations", extension);
		}
		Speaker speaker = speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("speaker", slug));
		PublicUrls urls = PublicUrls.current();
		List<CitationStyles.Cited> quotes = new ArrayList<>();
		// an episode at a time in the order of the person's page, never a sort of all their rows
		list.eachNewest(speaker, quote -> quotes.add(CitationStyles.Cited.of(quote, urls.absolute(quote.permalink()))));
		return ResponseEntity.ok()
			.contentType(file.mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + "-quotes." + file.extension).build().toString())
			.body(file.write(quotes, json).getBytes(StandardCharsets.UTF_8));
	}

}
