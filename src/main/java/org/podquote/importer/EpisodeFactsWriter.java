package org.podquote.importer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.podquote.episode.Episode;
import org.podquote.episode.Episode.FactsSource;

/**
 * Writes facts to an episode by the standing of their source ({@link FactsSource}): the files and
 * their names, then a matched feed or the folder's sidecar, then the admin's edit. A source sets the
 * facts it gives on an episode last set by one no stronger than itself, and becomes what set them;
 * on an episode set by a stronger one it gives only the facts the episode lacks. So a title from a
 * matched feed survives the next import of the file, and an edit survives both. A fact no source
 * gives leaves the episode's as it was.
 */
final class EpisodeFactsWriter {

	/**
	 * What writing did.
	 *
	 * @param facts the facts of the episode that the sources spoke of, each with where it now comes
	 * from: the source when it was written, or what set it before when that stood
	 * @param changed whether any fact of the episode changed
	 * @param redated whether its date changed, which the search index holds
	 */
	record Written(EpisodeFacts facts, boolean changed, boolean redated) {
	}

	private EpisodeFactsWriter() {
	}

	/** Writes what the episode's own files or feed say. */
	static Written fromFiles(Episode episode, EpisodeFacts facts) {
		return write(episode, EpisodeFacts.NONE, null, facts);
	}

	/**
	 * Writes {@code stronger}, given by {@code source}, and where it gives no fact {@code files}, what
	 * the episode's own files say.
	 *
	 * @param source what gives {@code stronger}; null when it is empty
	 */
	static Written write(Episode episode, EpisodeFacts stronger, FactsSource source, EpisodeFacts files) {
		FactsSource before = episode.getFactsSource();
		boolean strongerStands = source != null && (before == null || source.rank() >= before.rank());
		boolean filesStand = before == null;
		String kept = before == null ? null : label(before);
		Writing writing = new Writing(stronger, files, strongerStands, filesStand, kept);
		LocalDate dated = episode.getPublishedOn();
		EpisodeFacts facts = new EpisodeFacts(
				writing.field(EpisodeFacts::title, episode::getTitle, episode::setTitle),
				writing.field(EpisodeFacts::publishedOn, episode::getPublishedOn, episode::setPublishedOn),
				writing.field(EpisodeFacts::duration, episode::getDuration, episode::setDuration),
				writing.field(EpisodeFacts::audioUrl, episode::getAudioUrl, episode::setAudioUrl),
				writing.field(EpisodeFacts::link, episode::getLink, episode::setLink),
				writing.field(EpisodeFacts::number, episode::getNumber, episode::setNumber));
		if (strongerStands && !stronger.isEmpty()) {
			episode.setFactsSource(source);
		}
		return new Written(facts, writing.changed, !Objects.equals(dated, episode.getPublishedOn()));
	}

	/** How the report names what set an episode's facts before, for a fact that it kept. */
	static String label(FactsSource source) {
		return switch (source) {
			case FEED -> "a matched feed";
			case SIDECAR -> "the folder's episodes.csv";
			case EDIT -> "an edit";
		};
	}

	private static final class Writing {

		final EpisodeFacts stronger;

		final EpisodeFacts files;

		final boolean strongerStands;

		final boolean filesStand;

		final String kept;

		boolean changed;

		Writing(EpisodeFacts stronger, EpisodeFacts files, boolean strongerStands, boolean filesStand, String kept) {
			this.stronger = stronger;
			this.files = files;
			this.strongerStands = strongerStands;
			this.filesStand = filesStand;
			this.kept = kept;
		}

		<T> EpisodeFacts.Fact<T> field(Function<EpisodeFacts, EpisodeFacts.Fact<T>> fact, Supplier<T> current,
				Consumer<T> setter) {
			EpisodeFacts.Fact<T> given = fact.apply(stronger);
			boolean stands = strongerStands;
			if (given == null) {
				given = fact.apply(files);
				stands = filesStand;
			}
			if (given == null) {
				return null;
			}
			T now = current.get();
			if (stands || now == null) {
				if (!given.value().equals(now)) {
					setter.accept(given.value());
					changed = true;
				}
				return given;
			}
			return given.value().equals(now) ? given : new EpisodeFacts.Fact<>(now, kept);
		}

	}

}
