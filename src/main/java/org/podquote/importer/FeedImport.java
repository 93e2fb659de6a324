package org.podquote.importer;

import java.net.URI;

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
 * {@code podcast:transcript} of each is fetched and imported into it.
 */
@Component
class FeedImport {

	private final TranscriptImporter importer;

	private final FeedReader feeds = new FeedReader();

	private final HttpFetcher fetcher;

	FeedImport(TranscriptImporter importer, ImportProperties properties, FetchProperties fetch) {
		this.importer = importer;
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
		for (ParsedFeed.Item item : feed.items()) {
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
				continue;
			}
			String url = resolve(source, transcript.get().url());
			try {
				byte[] body = fetcher.fetch(url).body();
				TranscriptImporter.Outcome outcome = importer.importTranscript(url,
						fileNameOf(url, transcript.get().format()), body, target);
				report.add(outcome);
				if (outcome.status() == TranscriptImporter.Status.FAILED) {
					// As when it cannot be fetched, the episode and its credits are still worth having; if
					// the episode itself cannot be stored, the failure above already says why.
					try {
						importer.importEpisodeOnly(target);
					}
					catch (DataAccessException ex) {
						// reported above
					}
				}
			}
			catch (FetchException ex) {
				importEpisodeOnly(source, item, target, report);
				report.fail(source + ":" + item.line() + ": the transcript of \"" + target.title()
						+ "\" could not be fetched: " + ex.describe());
			}
		}
	}

	private void importEpisodeOnly(String source, ParsedFeed.Item item, EpisodeTarget target, ImportReport report) {
		try {
			importer.importEpisodeOnly(target);
		}
		catch (DataAccessException ex) {
			report.fail(source + ":" + item.line() + ": the episode could not be stored: "
					+ TranscriptImporter.describe(ex));
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
