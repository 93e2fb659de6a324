package org.podquote.atom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.podquote.appearance.QuoteView;
import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.EpisodeSummary;
import org.podquote.episode.ImportTimes;
import org.podquote.podcast.Podcast;
import org.podquote.podcast.PodcastRepository;
import org.podquote.podcast.Podcasts;
import org.podquote.search.QuoteHit;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchCriteria;
import org.podquote.search.SearchParams;
import org.podquote.search.SearchQuery;
import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerQuoteList;
import org.podquote.speaker.SpeakerRepository;
import org.podquote.speaker.Speakers;
import org.podquote.system.NotFoundException;
import org.podquote.system.PublicUrls;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Atom feeds of a person's newest quotes, a show's newest episodes, and the newest quotes matching a search. */
@Controller
class AtomController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	/** Entries per feed: enough for a reader that polls daily. */
	static final int SIZE = 50;

	private static final int TITLE_CHARS = 100;

	/** The date in the tag: URIs (RFC 4151) that name feeds and entries; fixed, so ids never change. */
	private static final String TAG_DATE = "2026";

	private final SpeakerRepository speakers;

	private final SpeakerQuoteList quoteList;

	private final PodcastRepository podcasts;

	private final EpisodeRepository episodes;

	private final QuoteSearch search;

	private final ImportTimes importTimes;

	private final MessageSource messages;

	AtomController(SpeakerRepository speakers, SpeakerQuoteList quoteList, PodcastRepository podcasts,
			EpisodeRepository episodes, QuoteSearch search, ImportTimes importTimes, MessageSource messages) {
		this.speakers = speakers;
		this.quoteList = quoteList;
		this.podcasts = podcasts;
		this.episodes = episodes;
		this.search = search;
		this.importTimes = importTimes;
		this.messages = messages;
	}

	@GetMapping("/feeds/speakers/{slug}.atom")
	ResponseEntity<byte[]> speaker(@PathVariable String slug) {
		Speaker speaker = speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("speaker", slug));
		Instant updated = updated();
		// read as the person's page reads it, episode by episode, instead of sorting all their rows
		List<AtomWriter.Entry> entries = quoteList.newest(speaker, PageRequest.of(0, SIZE))
			.map(quote -> quote(quote, updated))
			.getContent();
		return atom(new AtomWriter.Feed(tag("feed/speakers/" + slug), message("feed.speaker.title", speaker.getName()),
				message("feed.speaker.subtitle", speaker.getName()), updated, self(), absolute(Speakers.url(slug)),
				speaker.getName(), entries));
	}

	@GetMapping("/feeds/podcasts/{slug}.atom")
	ResponseEntity<byte[]> podcast(@PathVariable String slug) {
		Podcast podcast = podcasts.findBySlug(slug).orElseThrow(() -> new NotFoundException("podcast", slug));
		Instant updated = updated();
		List<AtomWriter.Entry> entries = episodes.findByPodcast(podcast, PageRequest.of(0, SIZE))
			.stream()
			.map(e -> episode(e, updated))
			.toList();
		return atom(new AtomWriter.Feed(tag("feed/podcasts/" + slug), message("feed.podcast.title", podcast.getTitle()),
				podcast.getDescription(), updated, self(), absolute(Podcasts.url(slug)), podcast.getTitle(), entries));
	}

	@GetMapping("/feeds/search.atom")
	ResponseEntity<byte[]> search(SearchParams params) {
		SearchCriteria criteria = SearchCriteria.read(params);
		if (criteria.blank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "q is required");
		}
		Instant updated = updated();
		List<AtomWriter.Entry> entries = search
			.search(criteria.sorted(SearchQuery.Sort.NEWEST).queryWithoutFacets(0, SIZE))
			.hits()
			.stream()
			.map(QuoteHit::quote)
			.map(quote -> quote(quote, updated))
			.toList();
		String self = self();
		return atom(new AtomWriter.Feed(tag("feed/search?" + self.substring(self.indexOf('?') + 1)),
				message("feed.search.title", criteria.q()), null, updated, self,
				absolute(criteria.url()), message("app.name"), entries));
	}

	private AtomWriter.Entry quote(QuoteView q, Instant fallback) {
		return new AtomWriter.Entry(tag("quote/" + q.id()), shorten(q.text()), instant(q.publishedOn(), fallback),
				instant(q.publishedOn(), null), absolute(q.url()), q.speakerName(),
				q.citation().summary(message("episode.unknownSpeaker"), message("episode.undated")), q.text());
	}

	private AtomWriter.Entry episode(EpisodeSummary e, Instant fallback) {
		return new AtomWriter.Entry(tag("episode/" + e.podcastSlug() + "/" + e.slug()), e.title(),
				instant(e.publishedOn(), fallback), instant(e.publishedOn(), null), absolute(e.url()), null,
				e.duration() == null ? message("feed.episode.summary", e.appearances())
						: message("feed.episode.summaryTimed", e.appearances(), e.duration()),
				null);
	}

	/** The library's latest import: when any feed last had a chance to change. */
	private Instant updated() {
		return importTimes.findLast().orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS);
	}

	/** An episode's day as the instant it began in UTC: the date is all the sources give. */
	private static Instant instant(LocalDate date, Instant fallback) {
		return date == null ? fallback : date.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static String shorten(String text) {
		if (text.length() <= TITLE_CHARS) {
			return text;
		}
		int cut = text.lastIndexOf(' ', TITLE_CHARS - 1);
		return text.substring(0, cut > TITLE_CHARS / 2 ? cut : TITLE_CHARS - 1).stripTrailing() + "\u2026";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static String tag(String specific) {
		return "tag:" + PublicUrls.current().host() + "," + TAG_DATE + ":" + specific;
	}

	private static String self() {
		return PublicUrls.current().request();
	}

	private static String absolute(String path) {
		return PublicUrls.current().absolute(path);
	}

	private static ResponseEntity<byte[]> atom(AtomWriter.Feed feed) {
		return ResponseEntity.ok().contentType(ATOM).body(AtomWriter.write(feed));
	}

}
