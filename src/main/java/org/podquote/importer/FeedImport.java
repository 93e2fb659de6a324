package org.podquote.importer;

import java.net.URI;
import java.util.List;

import org.podquote.importer.feed.ChaptersReader;
import org.podquote.importer.feed.FeedReader;
import org.podquote.importer.feed.FetchException;
import org.podquote.importer.feed.FetchProperties;
import org.podquote.importer.feed.HttpFetcher;
import org.podquote.importer.feed.ParsedFeed;
import org.podquote.importer.format.TranscriptParseException;
import org.podquote.importer.format.TranscriptType;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Imports an RSS feed: each item becomes an episode with its credits, and the richest
 * {@code podcast:transcript} of each is fetched and imported into it. A transcript that cannot be
 * fetched leaves its episode stored without it, and why; one the network rules refuse leaves
 * nothing of its episode (nor the podcast, when no other episode holds it).
 */
@Component
class FeedImport {

	/** The format recorded for a transcript whose name and type say none. */
	static final String UNKNOWN_FORMAT = "unknown";

	private final TranscriptImporter importer;

	private final FeedReader feeds = new FeedReader();

	private final HttpFetcher fetcher;

	private final EpisodeMoments moments;

	FeedImport(TranscriptImporter importer, ImportProperties properties, FetchProperties fetch, EpisodeMoments moments) {
		this.importer = importer;
		this.moments = moments;
		this.fetcher = new HttpFetcher(HttpFetcher.DEFAULT_CONNECT_TIMEOUT, properties.fetchTimeout(),
				properties.fetchMaxBytes(), fetch.rules());
	}

	/** A feed's bytes from the web, through the one client and its network rules. */
	byte[] fetch(String url) throws FetchException {
		return fetcher.fetch(url).body();
	}

	void importUrl(String url, ImportReport report) {
		try {
			importFeed(url, fetcher.fetch(url).body(), report);
		}
		catch (FetchException ex) {
			report.fail(ex.describe());
		}
	}

	void importFeed(String source, byte[] bytes, ImportReport report) {
		ParsedFeed feed;
		try {
			feed = feeds.parse(source, bytes);
		}
		catch (TranscriptParseException ex) {
			report.fail(ex.describe());
			return;
		}
		feed.warnings().forEach(report::warn);
		for (ParsedFeed.Item item : feed.items()) {
			item.warnings().forEach(report::warn);
			if (item.guid() == null) {
				report.fail(source + ":" + item.line() + ": an item with no guid, enclosure, link or title was skipped");
				continue;
			}
			EpisodeTarget target = EpisodeTarget.ofFeed(feed.title(), item.guid(),
					EpisodeFacts.of(item.title(), item.publishedOn(), item.duration(), item.enclosureUrl(), item.link(),
							item.number(), EpisodeFacts.FEED),
					feed.personsOf(item));
			var transcript = item.richestTranscript();
			if (transcript.isEmpty()) {
				importEpisodeOnly(source, item, target, report);
				importMoments(source, item, target, report);
				continue;
			}
			String url = resolve(source, transcript.get().url());
			String fileName = fileNameOf(url, transcript.get().format());
			try {
				byte[] body = fetcher.fetch(url).body();
				report.add(importFetched(url, fileName, body, target));
			}
			catch (FetchException ex) {
				if (ex.refused()) {
					// a feed that points at this machine or its network is not trusted with an episode
					report.fail(source + ":" + item.line() + ": the transcript of \"" + target.title()
							+ "\" was refused, so nothing of its episode was stored: " + ex.describe());
					continue;
				}
				if (importEpisodeOnly(source, item, target, report)) {
					importer.recordFailure(target, url, formatOf(fileName), null, ex.describe());
				}
				report.fail(source + ":" + item.line() + ": the transcript of \"" + target.title()
						+ "\" could not be fetched: " + ex.describe());
			}
			importMoments(source, item, target, report);
		}
	}

	/**
	 * The item's chapters (fetched under the same network rules as its transcript) and soundbites. A
	 * chapters file that cannot be had or read is noted with the item's line and changes nothing: the
	 * episode keeps the chapters it had.
	 */
	private void importMoments(String source, ParsedFeed.Item item, EpisodeTarget target, ImportReport report) {
		if (item.chaptersUrl() == null && item.soundbites().isEmpty()) {
			return;
		}
		List<ChaptersReader.ParsedChapter> chapters = null;
		if (item.chaptersUrl() != null) {
			String url = resolve(source, item.chaptersUrl());
			try {
				chapters = ChaptersReader.read(url, fetcher.fetch(url).body());
			}
			catch (FetchException ex) {
				report.note(source + ":" + item.line() + ": the chapters of \"" + target.title()
						+ "\" could not be fetched: " + ex.describe());
			}
			catch (TranscriptParseException ex) {
				report.note(source + ":" + item.line() + ": the chapters of \"" + target.title()
						+ "\" could not be read: " + ex.describe());
			}
		}
		try {
			moments.store(target, chapters, item.soundbites());
		}
		catch (DataAccessException ex) {
			report.fail(source + ":" + item.line() + ": the chapters of \"" + target.title()
					+ "\" could not be stored: " + TranscriptImporter.describe(ex));
		}
	}

	/**
	 * Imports a fetched transcript into its episode. When it cannot be read, the episode and its
	 * credits are still worth having: they are stored without it, with the reason recorded for the
	 * episode's page (if the episode itself cannot be stored, the outcome already says why).
	 */
	private TranscriptImporter.Outcome importFetched(String url, String fileName, byte[] body, EpisodeTarget target) {
		TranscriptImporter.Outcome outcome = importer.importTranscript(url, fileName, body, target);
		if (outcome.status() == TranscriptImporter.Status.FAILED) {
			try {
				importer.importEpisodeOnly(target);
				importer.recordFailure(target, url, formatOf(fileName), body, outcome.error());
			}
			catch (DataAccessException ex) {
				// reported in the outcome
			}
		}
		else {
			importer.clearFailures(target);
		}
		return outcome;
	}

	/**
	 * Fetches again a transcript of an episode that could not be had before, and imports it into the
	 * episode, whose facts stay as they are; a new failure replaces the one recorded.
	 *
	 * @param podcastTitle the episode's show
	 * @param guid the episode's key
	 * @param facts what the episode holds now, which the transcript's own metadata does not override
	 * @param format the extension the transcript was recorded with, or "unknown"
	 */
	TranscriptImporter.Outcome refetch(String podcastTitle, String guid, EpisodeFacts facts, String url, String format)
			throws FetchException {
		EpisodeTarget target = EpisodeTarget.ofFeed(podcastTitle, guid, facts, List.of());
		String fileName = fileNameOf(url, null);
		if (TranscriptType.ofFileName(fileName).isEmpty() && !UNKNOWN_FORMAT.equals(format)) {
			fileName = fileName + "." + format;
		}
		byte[] body;
		try {
			body = fetcher.fetch(url).body();
		}
		catch (FetchException ex) {
			importer.recordFailure(target, url, format, null, ex.describe());
			throw ex;
		}
		return importFetched(url, fileName, body, target);
	}

	/** The format a transcript is recorded with: the extension of its name, as for any transcript file. */
	private static String formatOf(String fileName) {
		return TranscriptType.ofFileName(fileName).map(TranscriptType::extension).orElse(UNKNOWN_FORMAT);
	}

	/** Stores a feed item's episode without a transcript; whether it could be. */
	private boolean importEpisodeOnly(String source, ParsedFeed.Item item, EpisodeTarget target, ImportReport report) {
		try {
			importer.importEpisodeOnly(target);
			return true;
		}
		catch (DataAccessException ex) {
			report.fail(source + ":" + item.line() + ": the episode could not be stored: "
					+ TranscriptImporter.describe(ex));
			return false;
		}
	}

	private static String resolve(String feedSource, String url) {
		try {
			URI uri = URI.create(url);
			if (!uri.isAbsolute() && (feedSource.startsWith("http://") || feedSource.startsWith("https://"))) {
				return URI.create(feedSource).resolve(uri).toString();
			}
		}
		catch (IllegalArgumentException ex) {
			// left as written: the fetcher reports it
		}
		return url;
	}

	/** A name whose extension tells the format when the content does not. */
	private static String fileNameOf(String url, String format) {
		String path = url.replaceAll("[?#].*", "");
		String name = path.substring(path.lastIndexOf('/') + 1);
		if (TranscriptType.ofFileName(name).isEmpty() && format != null) {
			name = name + "." + TranscriptType.ofFormat(format).map(TranscriptType::extension).orElse(format);
		}
		return name;
	}

}
