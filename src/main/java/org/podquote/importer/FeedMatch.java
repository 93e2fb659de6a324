package org.podquote.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.podquote.appearance.AppearanceRepository;
import org.podquote.episode.Episode;
import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.LibraryMark;
import org.podquote.episode.LibraryMarks;
import org.podquote.importer.feed.FeedReader;
import org.podquote.importer.feed.FetchException;
import org.podquote.importer.feed.ParsedFeed;
import org.podquote.importer.format.TranscriptParseException;
import org.podquote.podcast.Podcast;
import org.podquote.podcast.PodcastRepository;
import org.podquote.search.QuoteIndexing;
import org.podquote.speaker.SpeakerNames;
import org.podquote.system.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code import --match-feed FEED}: gives episodes imported from files the titles, dates, numbers,
 * durations, audio and links of a feed's items ({@link FeedMatching} says which item is which), and
 * nothing else: no episode is made, no quote or credit touched. The feed's facts stand over the
 * files' from then on, until an edit ({@link Episode.FactsSource#FEED}); matching again changes
 * nothing. One transaction per episode, as an import, and the search index follows a new date.
 */
@Service
class FeedMatch {

	/**
	 * What a match did.
	 *
	 * @param lines each match, then what matched nothing on either side
	 * @param failures why the feed could not be matched at all, as {@code source: message}
	 */
	record Report(List<String> lines, List<String> failures, String summary) {

		boolean ok() {
			return failures.isEmpty();
		}

		static Report failed(String failure) {
			return new Report(List.of(), List.of(failure), "match-feed: nothing matched");
		}

	}

	private final FeedImport feeds;

	private final PodcastRepository podcasts;

	private final EpisodeRepository episodes;

	private final AppearanceRepository appearances;

	private final QuoteIndexing indexing;

	private final LibraryMarks marks;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FeedMatch(FeedImport feeds, PodcastRepository podcasts, EpisodeRepository episodes, AppearanceRepository appearances,
			QuoteIndexing indexing, LibraryMarks marks, TransactionTemplate transactions, Clock clock) {
		this.feeds = feeds;
		this.podcasts = podcasts;
		this.episodes = episodes;
		this.appearances = appearances;
		this.indexing = indexing;
		this.marks = marks;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @param feed a feed file's path, or an http(s) URL
	 * @param podcastTitle the podcast whose episodes to match, or null for the one the feed names
	 */
	Report match(String feed, String podcastTitle) {
		ParsedFeed parsed;
		String shown = feed.startsWith("http://") || feed.startsWith("https://") ? feed
				: String.valueOf(Path.of(feed).getFileName());
		try {
			byte[] bytes = feed.startsWith("http://") || feed.startsWith("https://") ? feeds.fetch(feed)
					: Files.readAllBytes(Path.of(feed));
			parsed = new FeedReader().parse(shown, bytes);
		}
		catch (FetchException ex) {
			return Report.failed(ex.describe());
		}
		catch (IOException ex) {
			return Report.failed(feed + ": cannot read the feed: " + FolderWalk.reason(ex));
		}
		catch (TranscriptParseException ex) {
			return Report.failed(ex.describe());
		}
		String title = podcastTitle != null ? podcastTitle : parsed.title();
		if (title == null || title.isBlank()) {
			return Report.failed(shown + ": the feed names no podcast; say which with --podcast");
		}
		Optional<Podcast> podcast = podcasts.findFirstByTitle(SpeakerNames.clean(title))
			.or(() -> podcasts.findBySlug(Slugs.of(title)));
		if (podcast.isEmpty()) {
			return Report.failed(shown + ": the library has no podcast \"" + title.strip()
					+ "\"; name the one the files were imported into with --podcast");
		}
		FeedMatching.Result result = FeedMatching.match(parsed.items(), episodes.findByPodcastOrderById(podcast.get()));
		return apply(shown, podcast.get(), result, parsed.items().size());
	}

	private Report apply(String shown, Podcast podcast, FeedMatching.Result result, int items) {
		List<String> lines = new ArrayList<>();
		Map<FeedMatching.By, Integer> by = new EnumMap<>(FeedMatching.By.class);
		int changed = 0;
		for (FeedMatching.Match match : result.matches()) {
			by.merge(match.by(), 1, Integer::sum);
			Attached attached = transactions.execute(tx -> attach(match));
			if (attached.changed()) {
				changed++;
			}
			lines.add(match.episode().getSlug() + " = \"" + match.item().title() + "\" (" + shown + ":"
					+ match.item().line() + "), by " + match.by().word
					+ (match.by() == FeedMatching.By.NUMBER ? " " + match.episode().getNumber() : "") + ": " + attached.said());
		}
		if (!result.items().isEmpty()) {
			lines.add("feed items with no episode (" + result.items().size() + "): " + result.items()
				.stream()
				.map(item -> "\"" + item.title() + "\" (" + shown + ":" + item.line() + ")")
				.collect(Collectors.joining(", ")));
		}
		if (!result.episodes().isEmpty()) {
			lines.add("episodes with no feed item (" + result.episodes().size() + "): " + result.episodes()
				.stream()
				.map(episode -> episode.getSlug() + " \"" + episode.getTitle() + "\"")
				.collect(Collectors.joining(", ")));
		}
		if (changed > 0) {
			transactions.executeWithoutResult(tx -> marks.save(new LibraryMark(LibraryMark.CHANGED, clock.instant())));
		}
		String byWhat = by.entrySet()
			.stream()
			.map(entry -> entry.getValue() + " by " + entry.getKey().word)
			.collect(Collectors.joining(", "));
		String summary = "match-feed: " + result.matches().size() + " of " + items + " feed item" + (items == 1 ? "" : "s")
				+ " matched episodes of " + podcast.getTitle() + (byWhat.isEmpty() ? "" : " (" + byWhat + ")") + "; "
				+ changed + " changed, " + (result.matches().size() - changed) + " unchanged; "
				+ result.items().size() + " item" + (result.items().size() == 1 ? "" : "s") + " and "
				+ result.episodes().size() + " episode" + (result.episodes().size() == 1 ? "" : "s") + " unmatched";
		return new Report(lines, List.of(), summary);
	}

	/** What matching did to one episode: whether it changed, and which facts it set and kept, as the report says it. */
	private record Attached(boolean changed, String said) {
	}

	/** Gives one episode its item's facts. */
	private Attached attach(FeedMatching.Match match) {
		Episode episode = episodes.findById(match.episode().getId()).orElseThrow();
		ParsedFeed.Item item = match.item();
		Snapshot before = Snapshot.of(episode);
		EpisodeFactsWriter.Written written = EpisodeFactsWriter.write(episode,
				// a title the column cannot hold is not the feed's to give: the episode keeps its own
				EpisodeFacts.of(ColumnLimits.within(item.title(), ColumnLimits.EPISODE_TITLE), item.publishedOn(), item.duration(), item.enclosureUrl(), item.link(),
						FeedMatching.number(item), EpisodeFacts.FEED),
				Episode.FactsSource.FEED, EpisodeFacts.NONE);
		if (written.redated()) {
			indexing.reindex(appearances.findByEpisode(episode));
		}
		List<String> set = before.differences(Snapshot.of(episode));
		List<String> kept = new ArrayList<>();
		written.facts().sources().forEach(source -> {
			if (!source.endsWith(" from " + EpisodeFacts.FEED)) {
				kept.add(source);
			}
		});
		String what = set.isEmpty() ? "unchanged" : "set " + String.join(", ", set);
		return new Attached(!set.isEmpty(), kept.isEmpty() ? what : what + "; kept " + String.join(", ", kept));
	}

	/** The facts of an episode at one moment, to say which a match changed. */
	private record Snapshot(List<Object> values) {

		static final List<String> NAMES = List.of("title", "number", "date", "duration", "audio", "link");

		static Snapshot of(Episode e) {
			return new Snapshot(Arrays.asList(e.getTitle(), e.getNumber(), e.getPublishedOn(), e.getDuration(),
					e.getAudioUrl(), e.getLink()));
		}

		List<String> differences(Snapshot after) {
			List<String> names = new ArrayList<>();
			for (int i = 0; i < NAMES.size(); i++) {
				if (!Objects.equals(values.get(i), after.values.get(i))) {
					names.add(NAMES.get(i));
				}
			}
			return names;
		}

	}

}
