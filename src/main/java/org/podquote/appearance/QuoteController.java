package org.podquote.appearance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.podquote.search.SimilarQuotes;
import org.podquote.system.NotFoundException;
import org.podquote.system.OpenGraph;
import org.podquote.system.PublicUrls;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tools.jackson.databind.json.JsonMapper;

/** A quote's permalink page, its share card ({@code card.png}) and its citation files. */
@Controller
class QuoteController {

	static final String VIEW_PAGE = "appearance/quote";

	private static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final AppearanceRepository appearances;

	private final JsonMapper json;

	private final MessageSource messages;

	private final SimilarQuotes similar;

	QuoteController(AppearanceRepository appearances, JsonMapper json, MessageSource messages, SimilarQuotes similar) {
		this.appearances = appearances;
		this.json = json;
		this.messages = messages;
		this.similar = similar;
	}

	@GetMapping("/quotes/{id}")
	String show(@PathVariable long id, Model model) {
		QuoteView quote = find(id);
		Citation citation = quote.citation();
		OpenGraph og = OpenGraph.of(citation.title(), "\u201c" + quote.text() + "\u201d", quote.permalink(), "article")
			.withImage(Quotes.cardUrl(id));
		CitationStyles.Cited cited = new CitationStyles.Cited(id, citation, og.url());
		model.addAttribute("quote", quote);
		model.addAttribute("og", og);
		model.addAttribute("citation", citation.reference(og.url()));
		model.addAttribute("copy", citation.quotedWithReference(og.url()));
		model.addAttribute("styles", List.of(new Style("APA", CitationStyles.apa(cited)),
				new Style("MLA", CitationStyles.mla(cited)), new Style("Chicago", CitationStyles.chicago(cited))));
		model.addAttribute("similar", similar.similarTo(id, SimilarQuotes.ON_A_QUOTE));
		return VIEW_PAGE;
	}

	/** A citation style's name and the quote cited in it. */
	record Style(String name, String text) {
	}

	/** The quote as a BibTeX, RIS or CSL-JSON file for a reference manager. */
	@GetMapping("/quotes/{id}/citation.{extension}")
	ResponseEntity<byte[]> citation(@PathVariable long id, @PathVariable String extension) {
		CitationStyles.File file = CitationStyles.File.of(extension);
		if (file == null) {
			throw new NotFoundException("quote", id, "citation", extension);
		}
		QuoteView quote = find(id);
		byte[] body = file.write(List.of(CitationStyles.Cited.of(quote, PublicUrls.current().absolute(quote.permalink()))),
				json).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(file.mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("quote-" + id + "." + file.extension).build().toString())
			.body(body);
	}

	/** The picture a shared link previews: drawn once per request, cached by whoever fetches it for a day. */
	@GetMapping("/quotes/{id}/card.png")
	ResponseEntity<byte[]> card(@PathVariable long id) {
		QuoteView quote = find(id);
		Locale locale = LocaleContextHolder.getLocale();
		String speaker = quote.label() != null ? quote.label()
				: messages.getMessage("episode.unknownSpeaker", null, "Unknown speaker", locale);
		String date = quote.publishedOn() == null ? messages.getMessage("episode.undated", null, "Undated", locale)
				: quote.publishedOn().format(CARD_DATE);
		String source = quote.podcastTitle() + " \u00b7 " + date
				+ (quote.time() == null ? "" : " \u00b7 " + quote.time());
		byte[] png = ShareCard.png(quote.text(), speaker, quote.episodeTitle(), source,
				messages.getMessage("app.name", null, "Podquote", locale));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(png);
	}

	private QuoteView find(long id) {
		return appearances.findWithContext(id).map(QuoteView::of).orElseThrow(() -> new NotFoundException("quote", id));
	}

}
