package org.podquote.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.podquote.importer.format.TranscriptType;
import org.podquote.system.Slugs;
import org.springframework.stereotype.Service;

/**
 * Imports what a user names: transcript files, folders of them (walked), feed files and feed
 * URLs (read by {@link FeedImport}). A loose transcript belongs to the podcast given, else to one named after its folder; its
 * episode is named after the file.
 */
@Service
public class ImportJob {

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

	private final FeedImport feeds;

	private final Clock clock;

	ImportJob(TranscriptImporter importer, FeedImport feeds, Clock clock) {
		this.importer = importer;
		this.feeds = feeds;
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
			feeds.importUrl(url, report);
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
			feeds.importFeed(fileName, bytes, report);
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
		feeds.importUrl(url, report);
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
			feeds.importFeed(file.toString(), bytes, report);
			return;
		}
		Path folder = file.toAbsolutePath().getParent();
		String show = podcast != null ? podcast
				: folder == null || folder.getFileName() == null ? "Imported" : folder.getFileName().toString();
		String guid = "file:" + Slugs.of(show) + "/" + name;
		report.add(importer.importTranscript(file.toString(), name, bytes, EpisodeTarget.loose(show, guid, baseName(name))));
	}

	/** Files a folder walk takes: transcripts and feeds, not the folder's own README or LICENSE. */
	static boolean importable(Path file) {
		String name = file.getFileName().toString();
		if (NOT_TRANSCRIPTS.matcher(name).matches()) {
			return false;
		}
		return TranscriptType.ofFileName(name).isPresent() || FEED_EXTENSIONS.contains(extension(name));
	}

	static String extension(String name) {
		return TranscriptType.extension(name);
	}

	static String baseName(String name) {
		return TranscriptType.baseName(name);
	}

}
