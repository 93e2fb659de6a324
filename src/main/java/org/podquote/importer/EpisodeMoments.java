package org.podquote.importer;

import java.util.List;

import org.podquote.episode.Chapter;
import org.podquote.episode.ChapterRepository;
import org.podquote.episode.Episode;
import org.podquote.episode.Soundbite;
import org.podquote.episode.SoundbiteRepository;
import org.podquote.importer.feed.ChaptersReader.ParsedChapter;
import org.podquote.importer.feed.ParsedFeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An episode's chapters and soundbites as its feed gives them now: each import of the feed replaces
 * what the last one stored, in one transaction, so that a file that could not be read leaves the old
 * ones (the caller passes null chapters then).
 */
@Component
class EpisodeMoments {

	private final Library library;

	private final ChapterRepository chapters;

	private final SoundbiteRepository soundbites;

	private final TransactionTemplate transactions;

	EpisodeMoments(Library library, ChapterRepository chapters, SoundbiteRepository soundbites,
			TransactionTemplate transactions) {
		this.library = library;
		this.chapters = chapters;
		this.soundbites = soundbites;
		this.transactions = transactions;
	}

	/**
	 * @param read the chapters file's chapters, or null to keep those stored (no file, or one that failed)
	 * @return how many chapters the episode has now, -1 when the episode is not stored
	 */
	int store(EpisodeTarget target, List<ParsedChapter> read, List<ParsedFeed.Soundbite> bites) {
		return transactions.execute(tx -> {
			Episode episode = library.findEpisode(target.podcastTitle(), target.guid()).orElse(null);
			if (episode == null) {
				return -1;
			}
			soundbites.deleteByEpisode(episode);
			for (ParsedFeed.Soundbite bite : bites) {
				soundbites.save(new Soundbite(episode, bite.start().toMillis(), bite.duration().toMillis(), bite.title()));
			}
			if (read == null) {
				return chapters.findByEpisode(episode).size();
			}
			chapters.deleteByEpisode(episode);
			for (int i = 0; i < read.size(); i++) {
				ParsedChapter chapter = read.get(i);
				chapters.save(new Chapter(episode, i, chapter.start().toMillis(),
						chapter.end() == null ? null : chapter.end().toMillis(), chapter.title(), chapter.url()));
			}
			return read.size();
		});
	}

}
