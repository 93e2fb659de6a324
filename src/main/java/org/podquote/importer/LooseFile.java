package org.podquote.importer;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.podquote.importer.format.TranscriptType;
import org.podquote.system.Slugs;

/**
 * A transcript file of no feed, and where it goes. Its episode is keyed by its path without the
 * extension, so that files of one name in different folders are different episodes and one
 * episode's formats side by side ({@code show.json}, {@code show.srt}) are one. The path is taken
 * under the folder the podcast is named after, or with {@code --podcast} under the folder named on
 * the command line, so that importing a show's folder again, alone or with its neighbours, finds
 * the same episodes.
 *
 * @param shown the file as the report names it: its path under the folder named on the command
 * line, or its name when the file itself was named
 * @param formerGuid the key the episode had before keys were paths ({@code file:<podcast-slug>/<name>}),
 * or null when that key would be in another podcast
 * @param naming the name its facts are read from: the file's without the extension, or its
 * folder's when the file's is only {@code transcript} or the like
 * @param home the folder the podcast is named after
 */
record LooseFile(Path file, String shown, String podcastTitle, String guid, String formerGuid, String naming,
		String namingSource, Path home) {

	/** A podcast's folder of episode folders, which is not the podcast: {@code my-show/episodes/jane-doe/transcript.md}. */
	private static final Set<String> CONTAINERS = Set.of("episodes", "transcripts", "captions", "subtitles");

	static final String DEFAULT_PODCAST = "Imported";

	/**
	 * @param root the folder named on the command line that the file was found in, or null when
	 * the file itself was named
	 * @param podcast the podcast given, or null to name it after the folder
	 */
	static LooseFile of(Path file, Path root, String podcast) {
		Path absolute = file.toAbsolutePath().normalize();
		Path folder = absolute.getParent();
		String name = absolute.getFileName().toString();
		boolean byFolder = FileNames.generic(TranscriptType.baseName(name)) && named(folder);
		Path home = byFolder ? folder.getParent() : folder;
		if (byFolder && named(home) && CONTAINERS.contains(home.getFileName().toString().toLowerCase(Locale.ROOT))
				&& named(home.getParent())) {
			home = home.getParent();
		}
		String show = podcast != null ? podcast : named(home) ? home.getFileName().toString() : DEFAULT_PODCAST;
		Path base = home != null ? home : absolute.getRoot();
		if (podcast != null && root != null) {
			Path top = root.toAbsolutePath().normalize();
			if (folder.startsWith(top) && !(byFolder && folder.equals(top))) {
				base = top;
			}
		}
		String key = base.relativize(absolute).toString().replace('\\', '/');
		// the key the file had before: the old podcast was the file's folder, or the one given
		String oldShow = podcast != null ? podcast : named(folder) ? folder.getFileName().toString() : DEFAULT_PODCAST;
		String formerGuid = oldShow.equals(show) ? "file:" + Slugs.of(oldShow) + "/" + name : null;
		return new LooseFile(file, root == null ? name : FolderWalk.shown(root, file), show,
				"file:" + withoutExtension(key), formerGuid,
				byFolder ? folder.getFileName().toString() : TranscriptType.baseName(name),
				byFolder ? EpisodeFacts.FOLDER_NAME : EpisodeFacts.FILE_NAME, home);
	}

	/** A path without its file's extension; a dot in a folder's name stays. */
	static String withoutExtension(String path) {
		int slash = path.lastIndexOf('/');
		return path.substring(0, slash + 1) + TranscriptType.baseName(path.substring(slash + 1));
	}

	private static boolean named(Path folder) {
		return folder != null && folder.getFileName() != null;
	}

}
