package org.podquote.importer;

import java.time.Clock;
import java.util.Objects;

import org.podquote.appearance.AppearanceRepository;
import org.podquote.episode.Episode;
import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.LibraryMark;
import org.podquote.episode.LibraryMarks;
import org.podquote.search.QuoteIndexing;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the admin's edit of an episode's facts. An edit is the strongest source
 * ({@link Episode.FactsSource#EDIT}): a later import of its files, or a matched feed, gives it only
 * the facts it lacks. The URL stays: the slug does not follow the title. The search index holds
 * the episode's date, so its quotes are reindexed when that changes.
 */
@Component
class EpisodeEditor {

	private final EpisodeRepository episodes;

	private final AppearanceRepository appearances;

	private final QuoteIndexing indexing;

	private final LibraryMarks marks;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EpisodeEditor(EpisodeRepository episodes, AppearanceRepository appearances, QuoteIndexing indexing,
			LibraryMarks marks, TransactionTemplate transactions, Clock clock) {
		this.episodes = episodes;
		this.appearances = appearances;
		this.indexing = indexing;
		this.marks = marks;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** @return whether anything changed */
	boolean save(long episodeId, EpisodeForm.Edit edit) {
		return Boolean.TRUE.equals(transactions.execute(tx -> {
			Episode episode = episodes.findById(episodeId).orElseThrow();
			boolean redated = !Objects.equals(episode.getPublishedOn(), edit.publishedOn());
			boolean changed = redated || !episode.getTitle().equals(edit.title())
					|| !Objects.equals(episode.getNumber(), edit.number())
					|| !Objects.equals(episode.getAudioUrl(), edit.audioUrl())
					|| !Objects.equals(episode.getLink(), edit.link());
			episode.setTitle(edit.title());
			episode.setPublishedOn(edit.publishedOn());
			episode.setNumber(edit.number());
			episode.setAudioUrl(edit.audioUrl());
			episode.setLink(edit.link());
			episode.setFactsSource(Episode.FactsSource.EDIT);
			if (redated) {
				indexing.reindex(appearances.findByEpisode(episode));
			}
			if (changed) {
				marks.save(new LibraryMark(LibraryMark.CHANGED, clock.instant()));
			}
			return changed;
		}));
	}

}
