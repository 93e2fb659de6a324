package org.podquote.mcp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteView;
import org.podquote.episode.Episode;
import org.podquote.episode.EpisodeRepository;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchCriteria;
import org.podquote.search.SearchPage;
import org.podquote.search.SearchParams;
import org.podquote.search.QuoteHit;
import org.podquote.speaker.Roles;
import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerEpisode;
import org.podquote.speaker.SpeakerQuoteList;
import org.podquote.speaker.SpeakerRepository;
import org.podquote.speaker.SpeakerStats;
import org.podquote.speaker.Speakers;
import org.podquote.system.Slugs;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The MCP server's tools, one {@code @Bean} each, all read-only. Search goes through
 * {@link SearchCriteria} as the search page's does, so the query language and filters are the
 * page's. A tool for search by meaning ({@code find_similar_quotes}) is one more method here once
 * that search exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class LibraryTools {

	static final int MAX_PAGE_SIZE = 50;

	static final int TOP_EPISODES = 10;

	static final int MAX_LINES = 100;

	@Bean
	Tool searchQuotes(QuoteSearch search) {
		return new Tool("search_quotes", "Search quotes",
				"Finds quotes in the podcast transcripts of this library, best match first (or newest/oldest). The query "
						+ "language is the search page's: words (all must match, any form), \"exact phrase\", -word, "
						+ "-\"phrase\", a OR b, prefix*. Filters: speaker and podcast by slug, dates as YYYY, YYYY-MM or "
						+ "YYYY-MM-DD. Each hit has the quote, who said it, the episode and its permalink.",
				new Tool.Schema().string("q", "the query, in the search page's query language", true)
					.string("speaker", "keep to one speaker, by slug (such as sam-marks)", false)
					.string("podcast", "keep to one podcast, by slug", false)
					.string("from", "earliest episode date: YYYY, YYYY-MM or YYYY-MM-DD", false)
					.string("to", "latest episode date: YYYY, YYYY-MM or YYYY-MM-DD", false)
					.choice("sort", "order of the hits (default relevance)", List.of("relevance", "newest", "oldest"))
					.integer("page", "page number, from 1", 1, QuoteSearch.RESULT_WINDOW)
					.integer("size", "hits per page (default 10)", 1, MAX_PAGE_SIZE)
					.build(),
				args -> {
					SearchCriteria criteria = SearchCriteria.read(new SearchParams(args.required("q"), args.string("speaker"),
							args.string("podcast"), args.string("from"), args.string("to"), args.string("sort")));
					int page = args.integer("page", 1, 1, QuoteSearch.RESULT_WINDOW);
					int size = args.integer("size", 10, 1, MAX_PAGE_SIZE);
					if ((long) page * size > QuoteSearch.RESULT_WINDOW) {
						throw new ToolError("Only the first " + QuoteSearch.RESULT_WINDOW + " hits can be paged to; "
								+ "narrow the search with a speaker, a podcast or dates.");
					}
					SearchPage<QuoteHit> found = search.search(criteria.queryWithoutFacets(page - 1, size));
					List<String> notes = found.notes().stream().map(n -> n.code() + (n.argument() == null ? "" : ": " + n.argument())).toList();
					return new ToolResults.SearchResult(criteria.q(), found.total(), page, size,
							(found.reachable() + size - 1) / size, notes, found.suggestion(),
							found.hits().stream().map(h -> new ToolResults.Hit(ToolResults.Quote.of(h.quote(), args),
									ToolResults.Hit.plain(h.snippetHtml()))).toList(),
							args.absolute(criteria.url()));
				});
	}

	@Bean
	Tool getSpeaker(SpeakerRepository speakers) {
		return new Tool("get_speaker", "Get a speaker",
				"One person of the library by slug or name: their roles, how many quotes, episodes and podcasts they "
						+ "are quoted in, the first and last dates, and the episodes they are most quoted in.",
				new Tool.Schema().string("speaker", "the speaker's slug (sam-marks) or name (Sam Marks)", true).build(),
				args -> {
					Speaker speaker = speaker(speakers, args.required("speaker"));
					SpeakerStats stats = speakers.findStats(speaker);
					List<ToolResults.TopEpisode> top = speakers.findEpisodes(speaker)
						.stream()
						.sorted(Comparator.comparingLong(SpeakerEpisode::quotes).reversed()
							.thenComparing(SpeakerEpisode::episodeId))
						.limit(TOP_EPISODES)
						.map(e -> new ToolResults.TopEpisode(e.podcastTitle(), e.podcastSlug(), e.episodeTitle(),
								e.episodeSlug(), e.publishedOn(), e.quotes(), args.absolute(e.url())))
						.toList();
					return new ToolResults.Speaker(speaker.getSlug(), speaker.getName(),
							Roles.displayAll(speakers.findRoles(speaker)), stats.appearances(), stats.episodes(),
							stats.podcasts(), speakers.countCreditedEpisodes(speaker), stats.first(), stats.last(), top,
							args.absolute(Speakers.url(speaker.getSlug())));
				});
	}

	@Bean
	Tool listSpeakerQuotes(SpeakerRepository speakers, SpeakerQuoteList quoteList) {
		return new Tool("list_speaker_quotes", "List a speaker's quotes",
				"A person's quotes, newest episode first (or oldest), in spoken order within an episode, a page at a time.",
				new Tool.Schema().string("speaker", "the speaker's slug or name", true)
					.choice("order", "newest (default) or oldest episode first", List.of("newest", "oldest"))
					.integer("page", "page number, from 1", 1, 100_000)
					.integer("size", "quotes per page (default 20)", 1, MAX_PAGE_SIZE)
					.build(),
				args -> {
					Speaker speaker = speaker(speakers, args.required("speaker"));
					String order = Optional.ofNullable(args.string("order")).orElse("newest");
					if (!order.equals("newest") && !order.equals("oldest")) {
						throw new ToolError("The argument 'order' must be newest or oldest, not '" + order + "'.");
					}
					int page = args.integer("page", 1, 1, 100_000);
					int size = args.integer("size", 20, 1, MAX_PAGE_SIZE);
					// episode by episode as the person's page reads them, never a sort of all their rows
					Page<QuoteView> found = quoteList.inOrder(speaker, PageRequest.of(page - 1, size),
							order.equals("oldest"));
					return new ToolResults.SpeakerQuotes(speaker.getName(), speaker.getSlug(), found.getTotalElements(),
							page, size, found.getTotalPages(),
							found.getContent().stream().map(quote -> ToolResults.Quote.of(quote, args)).toList());
				});
	}

	@Bean
	Tool readTranscript(EpisodeRepository episodes, AppearanceRepository appearances) {
		return new Tool("read_transcript", "Read a transcript",
				"Part of an episode's transcript in spoken order, with who speaks and when: from a time into the "
						+ "episode (the quote being spoken then, and what follows, with a little before), or from the start. "
						+ "Podcast and episode slugs are in every quote that the other tools return.",
				new Tool.Schema().string("podcast", "the podcast's slug", true)
					.string("episode", "the episode's slug", true)
					.time("at", "where to read from: seconds (754) or a time (12:34, 1:02:03); the start when left out", false)
					.integer("lines", "how many quotes to return (default 20)", 1, MAX_LINES)
					.build(),
				args -> {
					String podcast = args.required("podcast");
					String slug = args.required("episode");
					Episode episode = episodes.findBySlugs(podcast, slug)
						.orElseThrow(() -> new ToolError("No episode '" + slug + "' in the podcast '" + podcast
								+ "'. The slugs are in the quotes that search_quotes returns."));
					Double at = args.seconds("at");
					int lines = args.integer("lines", 20, 1, MAX_LINES);
					List<QuoteView> all = appearances.findByEpisodeInOrder(episode).stream().map(QuoteView::of).toList();
					if (all.isEmpty()) {
						throw new ToolError("The episode '" + episode.getTitle() + "' has no transcript in the library.");
					}
					int start = 0;
					String note = null;
					if (at != null) {
						long millis = Math.round(at * 1000);
						int current = -1;
						boolean timed = false;
						for (int i = 0; i < all.size(); i++) {
							Long startMs = all.get(i).startMs();
							if (startMs != null) {
								timed = true;
								if (startMs <= millis) {
									current = i;
								}
							}
						}
						if (!timed) {
							note = "This transcript has no times; it is read from the start.";
						}
						else {
							// two quotes of lead-in, so that the quote at that time is read in its place
							start = Math.max(0, Math.max(current, 0) - 2);
						}
					}
					List<ToolResults.Quote> quotes = new ArrayList<>();
					for (QuoteView q : all.subList(start, Math.min(all.size(), start + lines))) {
						quotes.add(ToolResults.Quote.of(q, args));
					}
					QuoteView first = all.get(0);
					return new ToolResults.Transcript(first.podcastTitle(), first.episodeTitle(), first.publishedOn(),
							args.absolute(first.episodeUrl()), all.size(), start + 1, note, quotes);
				});
	}

	@Bean
	Tool getQuote(AppearanceRepository appearances) {
		return new Tool("get_quote", "Get a quote",
				"One quote by id, with who said it, the episode, how to cite it and its permalink.",
				new Tool.Schema().integer("id", "the quote's id", 1, Integer.MAX_VALUE).build(),
				args -> {
					if (args.string("id") == null) {
						throw new ToolError("The argument 'id' is required.");
					}
					long id = args.integer("id", 0, 1, Integer.MAX_VALUE);
					QuoteView quote = appearances.findWithContext(id)
						.map(QuoteView::of)
						.orElseThrow(() -> new ToolError("No quote with the id " + id + "."));
					String permalink = args.absolute(quote.permalink());
					return new ToolResults.QuoteWithCitation(ToolResults.Quote.of(quote, args),
							quote.citation().reference(permalink), permalink);
				});
	}

	private static Speaker speaker(SpeakerRepository speakers, String slugOrName) {
		return speakers.findBySlug(slugOrName)
			.or(() -> speakers.findBySlug(Slugs.of(slugOrName)))
			.orElseThrow(() -> new ToolError("No speaker '" + slugOrName
					+ "' in the library. search_quotes finds quotes by their words; each hit names its speaker's slug."));
	}

}
