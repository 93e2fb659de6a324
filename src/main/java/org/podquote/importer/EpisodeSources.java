package org.podquote.importer;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.podquote.appearance.AppearanceRepository;
import org.podquote.episode.Credit;
import org.podquote.episode.CreditRepository;
import org.podquote.episode.Episode;
import org.podquote.episode.TranscriptSource;
import org.podquote.episode.TranscriptSourceRepository;
import org.podquote.podcast.Podcast;
import org.springframework.stereotype.Component;

/**
 * The transcript sources of episodes: the one an episode's quotes were read from, the
 * alternatives recorded beside it, and folding an episode an earlier import made of another
 * format into the one it is. Call inside a transaction.
 */
@Component
class EpisodeSources {

	private final TranscriptSourceRepository sources;

	private final AppearanceRepository appearances;

	private final CreditRepository credits;

	private final Library library;

	private final EntityManager entityManager;

	private final Clock clock;

	EpisodeSources(TranscriptSourceRepository sources, AppearanceRepository appearances, CreditRepository credits,
			Library library, EntityManager entityManager, Clock clock) {
		this.sources = sources;
		this.appearances = appearances;
		this.credits = credits;
		this.library = library;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The hash of the transcript the episode holds now: its latest import. Any earlier import does
	 * not count, so that going back to an earlier version of a file replaces the newer text; nor
	 * does an alternative, which gave no quotes.
	 */
	String currentSha256(Episode episode) {
		return entityManager
			.createQuery("select s.sha256 from TranscriptSource s where s.episode = :episode and s.role = :role"
					+ " order by s.id desc", String.class)
			.setParameter("episode", episode)
			.setParameter("role", TranscriptSource.Role.TRANSCRIPT)
			.setMaxResults(1)
			.getResultList()
			.stream()
			.findFirst()
			.orElse(null);
	}

	/** The hashes of the alternatives recorded beside the episode's transcript. */
	Set<String> alternatives(Episode episode) {
		return sources.findByEpisodeOrderById(episode)
			.stream()
			.filter(source -> source.getRole() == TranscriptSource.Role.ALTERNATIVE)
			.map(TranscriptSource::getSha256)
			.collect(Collectors.toSet());
	}

	/** Records the file the episode's quotes were read from. */
	void recordTranscript(Episode episode, String location, String format, String sha256, int appearances) {
		record(episode, location, format, sha256, appearances, TranscriptSource.Role.TRANSCRIPT);
	}

	/** Records a file of the same episode in a poorer format, which gave no quotes. */
	void recordAlternative(Episode episode, String location, String format, String sha256, int appearances) {
		record(episode, location, format, sha256, appearances, TranscriptSource.Role.ALTERNATIVE);
	}

	private void record(Episode episode, String location, String format, String sha256, int appearances,
			TranscriptSource.Role role) {
		TranscriptSource source = new TranscriptSource(episode, location, format, sha256, clock.instant());
		source.setCounts(appearances, 0, null);
		source.setRole(role);
		sources.save(source);
	}

	/**
	 * Records why the episode's transcript could not be had ({@code role} UNFETCHED or
	 * UNREADABLE), in place of what earlier attempts recorded: only the latest reason stands. The
	 * same failure again changes nothing, so that importing a feed again leaves the library as it
	 * was, and the record says since when it fails so.
	 *
	 * @param sha256 the hash of what was fetched, null when nothing was
	 */
	void recordFailure(Episode episode, String location, String format, String sha256, TranscriptSource.Role role,
			String error) {
		List<TranscriptSource> failed = sources.findByEpisodeOrderById(episode)
			.stream()
			.filter(source -> source.getRole().failed())
			.toList();
		if (failed.size() == 1 && failed.get(0).getRole() == role && failed.get(0).getLocation().equals(location)
				&& Objects.equals(failed.get(0).getSha256(), sha256) && Objects.equals(failed.get(0).getErrors(), error)) {
			return;
		}
		clearFailures(episode);
		TranscriptSource source = new TranscriptSource(episode, location, format, sha256, clock.instant());
		source.setCounts(0, 1, error);
		source.setRole(role);
		sources.save(source);
	}

	/** Forgets the failures recorded for the episode, once its transcript has been read. */
	void clearFailures(Episode episode) {
		entityManager.createQuery("delete from TranscriptSource s where s.episode = :episode and s.role in :roles")
			.setParameter("episode", episode)
			.setParameter("roles", List.of(TranscriptSource.Role.UNFETCHED, TranscriptSource.Role.UNREADABLE))
			.executeUpdate();
	}

	/** The first episode of these former keys that an earlier import made, if any. */
	Optional<Episode> former(Podcast podcast, List<String> formerGuids) {
		return formerGuids.stream()
			.map(former -> library.findEpisode(podcast, former))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/**
	 * Folds the episodes earlier imports made of this episode's files under their former keys
	 * into it; whether there were any.
	 */
	boolean foldFormer(Podcast podcast, List<String> formerGuids, Episode into) {
		boolean folded = false;
		for (String former : formerGuids) {
			Optional<Episode> twin = library.findEpisode(podcast, former);
			if (twin.isPresent() && !twin.get().equals(into)) {
				fold(twin.get(), into);
				folded = true;
			}
		}
		return folded;
	}

	/**
	 * Folds an episode an earlier import made of another format of this episode into it: its
	 * quotes go (the episode's own are the richer), its credits and sources move over, the sources
	 * as alternatives, and the episode is removed.
	 */
	private void fold(Episode twin, Episode into) {
		appearances.deleteAll(appearances.findByEpisode(twin));
		for (Credit credit : credits.findByEpisode(twin)) {
			if (!credits.existsByEpisodeAndSpeakerAndRole(into, credit.getSpeaker(), credit.getRole())) {
				credits.save(new Credit(into, credit.getSpeaker(), credit.getRole()));
			}
			credits.delete(credit);
		}
		clearFailures(twin);
		for (TranscriptSource source : sources.findByEpisodeOrderById(twin)) {
			source.setEpisode(into);
			source.setRole(TranscriptSource.Role.ALTERNATIVE);
		}
		appearances.flush();
		library.delete(twin);
	}

}
