package org.podquote.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.podquote.importer.format.TranscriptType;
import org.podquote.system.Slugs;
import org.springframework.stereotype.Service;

/**
 * Imports what a user names: transcript files, folders of them (walked), feed files and feed
 * URLs (read by {@link FeedImport}). A loose transcript belongs to the podcast given, else to one
 * named after its folder (see {@link LooseFile}); files that differ only by extension are one
 * episode in several formats; an episode's title, number and date come from the folder's sidecar
 * ({@link EpisodeSidecar}), else from the file itself, else from its name ({@link FileNames}).
 */
@Service
public class ImportJob {

	static final Set<String> FEED_EXTENSIONS = Set.of("xml", "rss");

	/** Told how far a run has got. */
	public interface Progress {

		Progress NONE = (done, total, appearances) -> {
		};

		void update(int filesDone, int filesTotal, long appearances);

	}

	/** A file uploaded in the browser. */
	public record Upload(String name, byte[] bytes) {
	}

	private final TranscriptImporter importer;

	private final FeedImport feeds;

	private final Clock clock;

	private final NewQuotes newQuotes;

	ImportJob(TranscriptImporter importer, FeedImport feeds, Clock clock, NewQuotes newQuotes) {
		this.importer = importer;
		this.feeds = feeds;
		this.clock = clock;
		this.newQuotes = newQuotes;
	}

	/**
	 * @param inputs paths of files or folders, or http(s) URLs of feeds
	 * @param podcast the podcast loose transcripts belong to, or null to name it after their folder
	 */
	public ImportReport run(List<String> inputs, String podcast, Progress progress) {
		long mark = newQuotes.mark();
		Instant start = clock.instant();
		ImportReport report = new ImportReport();
		List<Path> feedFiles = new ArrayList<>();
		List<LooseFile> transcripts = new ArrayList<>();
		List<String> urls = new ArrayList<>();
		List<EpisodeSidecar.Read> sidecars = new ArrayList<>();
		for (String input : inputs) {
			if (input.startsWith("http://") || input.startsWith("https://")) {
				urls.add(input);
				continue;
			}
			Path path = Path.of(input);
			if (Files.isDirectory(path)) {
				for (Path file : FolderWalk.walk(path, report)) {
					if (EpisodeSidecar.is(file)) {
						sidecars.add(EpisodeSidecar.read(file, FolderWalk.shown(path, file)));
					}
					else if (isFeed(file.getFileName().toString())) {
						feedFiles.add(file);
					}
					else {
						transcripts.add(LooseFile.of(file, path, podcast));
					}
				}
			}
			else if (Files.isRegularFile(path)) {
				if (isFeed(path.getFileName().toString())) {
					feedFiles.add(path);
				}
				else {
					transcripts.add(LooseFile.of(path, null, podcast));
				}
			}
			else {
				report.fail(input + ": no such file or folder");
			}
		}
		Map<String, String> series = series(transcripts, file -> file.podcastTitle() + "\n" + file.home(),
				LooseFile::naming);
		List<List<LooseFile>> episodes = episodes(transcripts, report);
		Map<LooseFile, EpisodeFacts> sidecarFacts = EpisodeSidecar.attach(sidecars, episodes, report);
		int total = feedFiles.size() + transcripts.size() + urls.size();
		int done = 0;
		for (Path file : feedFiles) {
			importFeedFile(file, report);
			progress.update(++done, total, report.appearances());
		}
		for (List<LooseFile> episode : episodes) {
			importLoose(episode, series.get(episode.get(0).podcastTitle() + "\n" + episode.get(0).home()),
					sidecarFacts.getOrDefault(episode.get(0), EpisodeFacts.NONE), report);
			done += episode.size();
			progress.update(done, total, report.appearances());
		}
		for (String url : urls) {
			feeds.importUrl(url, report);
			progress.update(++done, total, report.appearances());
		}
		report.finish(Duration.between(start, clock.instant()));
		newQuotes.publishSince(mark);
		return report;
	}

	/** Imports one uploaded file: a feed, or a transcript of the given podcast. */
	public ImportReport importUpload(String name, byte[] bytes, String podcast) {
		return importUploads(List.of(new Upload(name, bytes)), podcast);
	}

	/**
	 * Imports uploaded files: feeds, and transcripts of the given podcast ("Uploads" when none is
	 * given), where uploads of one name in several formats are one episode.
	 */
	public ImportReport importUploads(List<Upload> uploads, String podcast) {
		long mark = newQuotes.mark();
		Instant start = clock.instant();
		ImportReport report = new ImportReport();
		String show = podcast == null || podcast.isBlank() ? "Uploads" : podcast.strip();
		Map<String, List<Upload>> episodes = new LinkedHashMap<>();
		for (Upload upload : uploads) {
			if (isFeed(upload.name())) {
				feeds.importFeed(upload.name(), upload.bytes(), report);
			}
			else {
				String name = upload.name().replace('\\', '/');
				episodes.computeIfAbsent(LooseFile.withoutExtension(name), key -> new ArrayList<>()).add(upload);
			}
		}
		Map<String, String> series = series(new ArrayList<>(episodes.keySet()), key -> "", ImportJob::naming);
		episodes.forEach((key, files) -> {
			FileNames.Facts named = FileNames.read(naming(key), show, series.get(""));
			List<TranscriptImporter.TranscriptFile> read = files.stream()
				.map(upload -> new TranscriptImporter.TranscriptFile(upload.name(), upload.name(), upload.bytes(),
						"upload:" + Slugs.of(show) + "/" + upload.name()))
				.toList();
			importer.importEpisode(read, EpisodeTarget.loose(show, "upload:" + key, facts(named, EpisodeFacts.FILE_NAME)))
				.forEach(report::add);
		});
		report.finish(Duration.between(start, clock.instant()));
		newQuotes.publishSince(mark);
		return report;
	}

	public ImportReport importFeedUrl(String url) {
		long mark = newQuotes.mark();
		Instant start = clock.instant();
		ImportReport report = new ImportReport();
		feeds.importUrl(url, report);
		report.finish(Duration.between(start, clock.instant()));
		newQuotes.publishSince(mark);
		return report;
	}

	/** Imports a feed fetched already (a subscription's, fetched conditionally); {@code url} is where it came from. */
	public ImportReport importFeed(String url, byte[] bytes) {
		long mark = newQuotes.mark();
		Instant start = clock.instant();
		ImportReport report = new ImportReport();
		feeds.importFeed(url, bytes, report);
		report.finish(Duration.between(start, clock.instant()));
		newQuotes.publishSince(mark);
		return report;
	}

	private void importFeedFile(Path file, ImportReport report) {
		try {
			feeds.importFeed(file.toString(), Files.readAllBytes(file), report);
		}
		catch (IOException | OutOfMemoryError ex) {
			report.failFile(file + ": cannot read the file: " + reason(ex));
		}
	}

	/** Imports one episode's files: one, or one name in several formats; {@code sidecar}: what its folder's sidecar says. */
	private void importLoose(List<LooseFile> files, String series, EpisodeFacts sidecar, ImportReport report) {
		List<TranscriptImporter.TranscriptFile> read = new ArrayList<>();
		for (LooseFile file : files) {
			try {
				read.add(new TranscriptImporter.TranscriptFile(file.file().toString(), file.shown(),
						Files.readAllBytes(file.file()), file.formerGuid()));
			}
			catch (IOException | OutOfMemoryError ex) {
				report.failFile(file.shown() + ": cannot read the file: " + reason(ex));
			}
		}
		if (read.isEmpty()) {
			return;
		}
		LooseFile first = files.get(0);
		FileNames.Facts named = FileNames.read(first.naming(), first.podcastTitle(), series);
		EpisodeTarget target = EpisodeTarget.loose(first.podcastTitle(), first.guid(), facts(named, first.namingSource()))
			.withSidecar(sidecar);
		importer.importEpisode(read, target).forEach(report::add);
	}

	private static EpisodeFacts facts(FileNames.Facts named, String source) {
		return EpisodeFacts.of(named.title(), named.date(), null, null, null, named.number(), source);
	}

	/**
	 * The files grouped by episode: one podcast and key. Two files of one key from different
	 * folders (two folders named on the command line, each with {@code 01.md}) cannot both be it;
	 * the later fails, saying which to name instead.
	 */
	private static List<List<LooseFile>> episodes(List<LooseFile> files, ImportReport report) {
		Map<String, List<LooseFile>> episodes = new LinkedHashMap<>();
		for (LooseFile file : files) {
			List<LooseFile> episode = episodes.computeIfAbsent(file.podcastTitle() + "\n" + file.guid(),
					key -> new ArrayList<>());
			if (!episode.isEmpty() && !episode.get(0).file().toAbsolutePath().getParent()
				.equals(file.file().toAbsolutePath().getParent())) {
				report.failFile(file.shown() + ": has the same path as " + episode.get(0).file() + " under another folder "
						+ "named on the command line, in the same podcast \"" + file.podcastTitle()
						+ "\"; import the folder that holds both, or each with its own --podcast");
				continue;
			}
			episode.add(file);
		}
		return new ArrayList<>(episodes.values());
	}

	/**
	 * The numbering most numbered names of each group share ({@link FileNames#series}): the
	 * show's own, which makes {@code the-changelog-100} episode 100 of a show filed as
	 * {@code podcast}, while a one-off {@code go-time-bonus-1} beside 339 {@code go-time-N} is no
	 * number of Go Time.
	 */
	private static <T> Map<String, String> series(List<T> files, Function<T, String> group, Function<T, String> naming) {
		Map<String, Map<String, Integer>> counts = new HashMap<>();
		Map<String, Integer> numbered = new HashMap<>();
		for (T file : files) {
			String series = FileNames.series(naming.apply(file));
			if (series != null) {
				counts.computeIfAbsent(group.apply(file), key -> new HashMap<>()).merge(series, 1, Integer::sum);
				numbered.merge(group.apply(file), 1, Integer::sum);
			}
		}
		Map<String, String> series = new HashMap<>();
		counts.forEach((key, byName) -> byName.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.filter(top -> top.getValue() >= 2 && 2 * top.getValue() > numbered.get(key))
			.ifPresent(top -> series.put(key, top.getKey())));
		return series;
	}

	/** The name an upload's facts are read from: its own, or its folder's when it is only {@code transcript}. */
	private static String naming(String key) {
		String[] parts = key.split("/");
		String name = parts[parts.length - 1];
		return FileNames.generic(name) && parts.length > 1 ? parts[parts.length - 2] : name;
	}

	private static String reason(Throwable ex) {
		if (ex instanceof OutOfMemoryError) {
			return "too large to read";
		}
		return FolderWalk.reason((IOException) ex);
	}

	private static boolean isFeed(String name) {
		return FEED_EXTENSIONS.contains(TranscriptType.extension(name));
	}

	static String extension(String name) {
		return TranscriptType.extension(name);
	}

}
