package org.podquote.importer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.podquote.system.Slugs;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Imports what a user names: transcript files, folders of them (walked), feed files and feed
 * URLs. A loose transcript belongs to the podcast given, else to one named after its folder; its
 * episode is named after the file.
 */
@Service
public class ImportJob {

	static final Set<String> TRANSCRIPT_EXTENSIONS = Set.of("json", "vtt", "srt", "html", "htm", "md", "markdown",
			"txt");

	static final Set<String> FEED_EXTENSIONS = Set.of("xml", "rss");

	private static final Pattern NOT_TRANSCRIPTS = Pattern.compile(
			"(?i)(readme|license|licence|changelog|contributing|code_of_conduct)(\\..*)?|[._].*");

	/** Told how far a run has got. */
	public interface Progress {

		Progress NONE = (done, total, appearances) -> {
		};

		void update(int filesDone, int filesTotal, long appearances);

	}

	private final TranscriptImporter importer;

	private final FeedReader feeds = new FeedReader();

	private final HttpFetcher fetcher;

	private final Clock clock;

	ImportJob(TranscriptImporter importer, ImportProperties properties, Clock clock) {
		this.importer = importer;
		this.fetcher = new HttpFetcher(HttpFetcher.DEFAULT_CONNECT_TIMEOUT, properties.fetchTimeout(),
				properties.fetchMaxBytes());
		this.clock = clock;
	}

	/**
	 * @param inputs paths of files or folders, or http(s) URLs of feeds
	 * @param podcast the podcast loose transcripts belong to, or null to name it after their folder
	 */
	public ImportReport run(List<String> inputs, String podcast, Progress progress) {
		Instant start = clock.instant();
		ImportReport report = new ImportReport();
		List<Path> files = new ArrayList<>();
		List<String> urls = new ArrayList<>();
		for (String input : inputs) {
			if (input.startsWith("http://") || input.startsWith("https://")) {
				urls.add(input);
				continue;
			}
			Path path = Path.of(input);
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(Files::isRegularFile).filter(ImportJob::importable).sorted().forEach(files::add);
				}
				catch (IOException ex) {
					report.fail(input + ": cannot read the folder: " + ex.getMessage());
				}
			}
			else if (Files.isRegularFile(path)) {
				files.add(path);
			}
			else {
				report.fail(input + ": no such file or folder");
			}
		}
		int total = files.size() + urls.size();
		int done = 0;
		for (Path file : files) {
			importFile(file, podcast, report);
			progress.update(++done, total, report.appearances());
		}
		for (String url : urls) {
			importFeedUrl(url, report);
			progress.update(++done, total, report.appearances());
		}
		report.finish(Duration.between(start, clock.instant()));
		return report;
	}

	/** Imports uploaded bytes: a feed, or a transcript of the given podcast. */
	public ImportReport importUpload(String fileName, byte[] bytes, String podcast) {
		Instant start = clock.instant();
		ImportReport report = new ImportReport();
		if (FEED_EXTENSIONS.contains(extension(fileName))) {
			importFeed(fileName, bytes, report);
		}
		else {
			String title = baseName(fileName);
			String show = podcast == null || podcast.isBlank() ? "Uploads" : podcast.strip();
			report.add(importer.importTranscript(fileName, fileName, bytes,
					EpisodeTarget.loose(show, "upload:" + Slugs.of(show) + "/" + fileName, title)));
		}
		report.finish(Duration.between(start, clock.instant()));
		return report;
	}

	public ImportReport importFeedUrl(String url) {
		Instant start = clock.instant();
		ImportReport report = new ImportReport();
		importFeedUrl(url, report);
		report.finish(Duration.between(start, clock.instant()));
		return report;
	}

	private void importFile(Path file, String podcast, ImportReport report) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException | OutOfMemoryError ex) {
			report.fail(file + ": cannot read the file: " + ex.getMessage());
			return;
		}
		String name = file.getFileName().toString();
		if (FEED_EXTENSIONS.contains(extension(name))) {
			importFeed(file.toString(), bytes, report);
			return;
		}
		Path folder = file.toAbsolutePath().getParent();
		String show = podcast != null ? podcast
				: folder == null || folder.getFileName() == null ? "Imported" : folder.getFileName().toString();
		String guid = "file:" + Slugs.of(show) + "/" + name;
		report.add(importer.importTranscript(file.toString(), name, bytes, EpisodeTarget.loose(show, guid, baseName(name))));
	}

	private void importFeedUrl(String url, ImportReport report) {
		try {
			importFeed(url, fetcher.fetch(url).body(), report);
		}
		catch (FetchException ex) {
			report.fail(ex.describe());
		}
	}

	private void importFeed(String source, byte[] bytes, ImportReport report) {
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
			EpisodeTarget target = new EpisodeTarget(feed.title(), item.guid(),
					item.title() == null ? item.guid() : item.title(), item.publishedOn(), item.duration(),
					item.enclosureUrl(), feed.personsOf(item));
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
		if (!TRANSCRIPT_EXTENSIONS.contains(extension(name)) && format != null) {
			name = name + "." + (format.equals("text") ? "txt" : format);
		}
		return name;
	}

	/** Files a folder walk takes: transcripts and feeds, not the folder's own README or LICENSE. */
	static boolean importable(Path file) {
		String name = file.getFileName().toString();
		if (NOT_TRANSCRIPTS.matcher(name).matches()) {
			return false;
		}
		String ext = extension(name);
		return TRANSCRIPT_EXTENSIONS.contains(ext) || FEED_EXTENSIONS.contains(ext);
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	static String baseName(String name) {
		int dot = name.lastIndexOf('.');
		return dot <= 0 ? name : name.substring(0, dot);
	}

}
