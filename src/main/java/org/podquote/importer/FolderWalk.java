package org.podquote.importer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.podquote.importer.format.TranscriptType;

/**
 * The files a folder import takes: transcripts and feeds, in name order. Every other file is
 * accounted for in the report: one that is not a transcript type is named with its reason, one
 * that cannot be read is a failure, and the folder's own README, LICENSE and hidden files and
 * folders ({@code .git}) are counted together.
 */
final class FolderWalk {

	private static final Pattern NOT_TRANSCRIPTS = Pattern.compile(
			"(?i)(readme|license|licence|changelog|contributing|code_of_conduct)(\\..*)?|[._].*");

	/** How many of the folder's own files are named in the note that counts them. */
	private static final int NAMED = 10;

	private FolderWalk() {
	}

	/** Whether a name is one of a folder's own files, or hidden: not a transcript even with a transcript's extension. */
	static boolean ownFile(String name) {
		return NOT_TRANSCRIPTS.matcher(name).matches();
	}

	/** Whether a folder walk takes a file of this name: a transcript type, a feed or the episodes' sidecar. */
	static boolean importable(String name) {
		return TranscriptType.ofFileName(name).isPresent() || ImportJob.FEED_EXTENSIONS.contains(TranscriptType.extension(name))
				|| name.equalsIgnoreCase(EpisodeSidecar.CSV);
	}

	/** The files to import under {@code root}, sorted; what was left out goes to the report. */
	static List<Path> walk(Path root, ImportReport report) {
		List<Path> files = new ArrayList<>();
		List<String> own = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		try {
			Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
					new SimpleFileVisitor<>() {

						@Override
						public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
							if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
								own.add(shown(root, dir) + "/");
								return FileVisitResult.SKIP_SUBTREE;
							}
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
							String name = file.getFileName().toString();
							if (ownFile(name)) {
								own.add(shown(root, file));
							}
							else if (attrs.isSymbolicLink()) {
								// a link is followed; one given as itself leads nowhere
								skipped.add(shown(root, file) + ": skipped, a link to nothing");
							}
							else if (!attrs.isRegularFile()) {
								skipped.add(shown(root, file) + ": skipped, not a regular file");
							}
							else if (importable(name)) {
								files.add(file);
							}
							else {
								String extension = TranscriptType.extension(name);
								skipped.add(shown(root, file) + ": skipped, not a transcript type"
										+ (extension.isEmpty() ? " (no extension)" : " (." + extension + ")"));
							}
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult visitFileFailed(Path file, IOException ex) {
							if (ex instanceof FileSystemLoopException) {
								skipped.add(shown(root, file) + ": skipped, a link to a folder above it");
							}
							else if (ex instanceof NoSuchFileException) {
								skipped.add(shown(root, file) + ": skipped, a link to nothing");
							}
							else if (Files.isDirectory(file)) {
								report.fail(shown(root, file) + "/: cannot read the folder: " + reason(ex));
							}
							else {
								report.failFile(shown(root, file) + ": cannot read the file: " + reason(ex));
							}
							return FileVisitResult.CONTINUE;
						}

					});
		}
		catch (IOException ex) {
			report.fail(root + ": cannot read the folder: " + reason(ex));
		}
		skipped.sort(null);
		skipped.forEach(report::note);
		if (!own.isEmpty()) {
			own.sort(null);
			String named = String.join(", ", own.subList(0, Math.min(NAMED, own.size())))
					+ (own.size() > NAMED ? " and " + (own.size() - NAMED) + " more" : "");
			report.note(root + ": skipped " + own.size() + " README, LICENSE or hidden file"
					+ (own.size() == 1 ? "" : "s") + ": " + named);
		}
		files.sort(null);
		return files;
	}

	/** Why a file could not be read, in words rather than as an exception's path. */
	static String reason(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof NoSuchFileException) {
			return "no such file";
		}
		return String.valueOf(ex.getMessage());
	}

	/** A path under the root as the report shows it: relative, with {@code /}. */
	static String shown(Path root, Path file) {
		Path relative = root.relativize(file);
		return relative.toString().isEmpty() ? file.toString() : relative.toString().replace('\\', '/');
	}

}
