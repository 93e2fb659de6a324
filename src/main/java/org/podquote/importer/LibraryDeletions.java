package org.podquote.importer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.podquote.appearance.Appearance;
import org.podquote.episode.Credit;
import org.podquote.episode.Episode;
import org.podquote.episode.LibraryMark;
import org.podquote.episode.LibraryMarks;
import org.podquote.episode.TranscriptSource;
import org.podquote.podcast.Podcast;
import org.podquote.speaker.Speaker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what the admin asks, with everything that hangs on it: an episode with its quotes,
 * credits and sources; a podcast with its episodes; a person with their quotes and credits; the
 * sample. People left with no quote or credit anywhere go too, and so does a podcast the sample
 * leaves empty. Quotes are removed through JPA, so the search index drops them when each
 * transaction commits: one per episode, as an import writes them, so that a large show does not
 * sit in memory whole. Each deletion is first a {@link Plan}, which the confirmation page shows.
 */
@Component
class LibraryDeletions {

	/**
	 * What a deletion takes.
	 *
	 * @param people the people who go because they appear nowhere else (for a person, that person)
	 * @param podcasts the podcasts that go, emptied
	 */
	record Plan(long quotes, long episodes, long credits, List<String> people, List<String> podcasts) {
	}

	/** What is deleted: some episodes whole, or one person's quotes and credits. */
	private record Scope(List<Long> episodeIds, List<Long> podcastIds, Long speakerId, boolean sample) {
	}

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final LibraryMarks marks;

	private final Clock clock;

	LibraryDeletions(EntityManager entityManager, TransactionTemplate transactions, LibraryMarks marks, Clock clock) {
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.marks = marks;
		this.clock = clock;
	}

	Plan planEpisode(Episode episode) {
		return plan(new Scope(List.of(episode.getId()), List.of(), null, false));
	}

	Plan planPodcast(Podcast podcast) {
		return plan(podcastScope(podcast));
	}

	Plan planSpeaker(Speaker speaker) {
		return plan(new Scope(List.of(), List.of(), speaker.getId(), false));
	}

	/** What removing the sample takes; nothing when the library has none. */
	Plan planSample() {
		return plan(sampleScope());
	}

	Plan deleteEpisode(Episode episode) {
		return delete(new Scope(List.of(episode.getId()), List.of(), null, false));
	}

	Plan deletePodcast(Podcast podcast) {
		return delete(podcastScope(podcast));
	}

	Plan deleteSpeaker(Speaker speaker) {
		return delete(new Scope(List.of(), List.of(), speaker.getId(), false));
	}

	/**
	 * Removes the sample: its episodes, the podcasts and people it leaves with nothing, its source
	 * rows; and remembers that it was removed, so that it is not loaded again.
	 */
	Plan deleteSample() {
		return delete(sampleScope());
	}

	private Scope podcastScope(Podcast podcast) {
		return new Scope(ids("select e.id from Episode e where e.podcast.id = ?1 order by e.id", podcast.getId()),
				List.of(podcast.getId()), null, false);
	}

	private Scope sampleScope() {
		return transactions.execute(tx -> {
			List<Long> episodes = ids("select distinct s.episode.id from TranscriptSource s where s.sample = true");
			// its podcasts go when the sample is all they hold
			List<Long> podcasts = episodes.isEmpty() ? List.of() : ids("""
					select p.id from Podcast p where p.id in (select e.podcast.id from Episode e where e.id in ?1)
					and not exists (select o from Episode o where o.podcast = p and o.id not in ?1)
					order by p.id""", episodes);
			return new Scope(episodes, podcasts, null, true);
		});
	}

	private Plan plan(Scope scope) {
		return transactions.execute(tx -> {
			if (scope.speakerId() != null) {
				Speaker speaker = entityManager.find(Speaker.class, scope.speakerId());
				return new Plan(count("select count(a) from Appearance a where a.speaker.id = ?1", scope.speakerId()),
						count("select count(distinct a.episode.id) from Appearance a where a.speaker.id = ?1",
								scope.speakerId()),
						count("select count(c) from Credit c where c.speaker.id = ?1", scope.speakerId()),
						List.of(speaker.getName()), List.of());
			}
			if (scope.episodeIds().isEmpty()) {
				return new Plan(0, 0, 0, List.of(), titles(scope.podcastIds()));
			}
			List<Long> orphans = orphansOf(scope.episodeIds());
			return new Plan(count("select count(a) from Appearance a where a.episode.id in ?1", scope.episodeIds()),
					scope.episodeIds().size(),
					count("select count(c) from Credit c where c.episode.id in ?1", scope.episodeIds()),
					orphans.isEmpty() ? List.of()
							: entityManager.createQuery("select s.name from Speaker s where s.id in ?1 order by s.name",
									String.class)
								.setParameter(1, orphans)
								.getResultList(),
					titles(scope.podcastIds()));
		});
	}

	private Plan delete(Scope scope) {
		Plan plan = plan(scope);
		if (scope.speakerId() != null) {
			transactions.executeWithoutResult(tx -> {
				Long id = scope.speakerId();
				removeAll(entityManager.createQuery("select a from Appearance a where a.speaker.id = ?1", Appearance.class)
					.setParameter(1, id)
					.getResultList());
				removeAll(entityManager.createQuery("select c from Credit c where c.speaker.id = ?1", Credit.class)
					.setParameter(1, id)
					.getResultList());
				entityManager.flush();
				entityManager.remove(entityManager.find(Speaker.class, id));
				changed();
			});
			return plan;
		}
		List<Long> people = scope.episodeIds().isEmpty() ? List.of()
				: transactions.execute(tx -> orphansOf(scope.episodeIds()));
		for (Long episodeId : scope.episodeIds()) {
			transactions.executeWithoutResult(tx -> removeEpisode(entityManager.find(Episode.class, episodeId)));
		}
		transactions.executeWithoutResult(tx -> {
			for (Long speakerId : people) {
				// gone only when still without a quote or credit: one may have come since the plan
				if (count("select count(a) from Appearance a where a.speaker.id = ?1", speakerId)
						+ count("select count(c) from Credit c where c.speaker.id = ?1", speakerId) == 0) {
					entityManager.remove(entityManager.find(Speaker.class, speakerId));
				}
			}
			for (Long podcastId : scope.podcastIds()) {
				if (count("select count(e) from Episode e where e.podcast.id = ?1", podcastId) == 0) {
					entityManager.remove(entityManager.find(Podcast.class, podcastId));
				}
			}
			if (scope.sample()) {
				// a captured page of several episodes names none of them in its one source row
				removeAll(entityManager.createQuery("select s from TranscriptSource s where s.sample = true",
						TranscriptSource.class).getResultList());
				marks.save(new LibraryMark(LibraryMark.SAMPLE_REMOVED, clock.instant()));
			}
			changed();
		});
		return plan;
	}

	private void removeEpisode(Episode episode) {
		if (episode == null) {
			return;
		}
		boolean sample = count("select count(s) from TranscriptSource s where s.episode = ?1 and s.sample = true",
				episode) > 0;
		removeAll(entityManager.createQuery("select a from Appearance a where a.episode = ?1", Appearance.class)
			.setParameter(1, episode)
			.getResultList());
		removeAll(entityManager.createQuery("select c from Credit c where c.episode = ?1", Credit.class)
			.setParameter(1, episode)
			.getResultList());
		removeAll(entityManager.createQuery("select s from TranscriptSource s where s.episode = ?1", TranscriptSource.class)
			.setParameter(1, episode)
			.getResultList());
		entityManager.flush();
		entityManager.remove(episode);
		if (sample) {
			marks.save(new LibraryMark(LibraryMark.SAMPLE_REMOVED, clock.instant()));
		}
	}

	/** The people whose every quote and credit is in these episodes. */
	private List<Long> orphansOf(List<Long> episodeIds) {
		return ids("""
				select s.id from Speaker s
				where (s.id in (select a.speaker.id from Appearance a where a.episode.id in ?1)
				    or s.id in (select c.speaker.id from Credit c where c.episode.id in ?1))
				  and not exists (select a from Appearance a where a.speaker = s and a.episode.id not in ?1)
				  and not exists (select c from Credit c where c.speaker = s and c.episode.id not in ?1)
				order by s.id""", episodeIds);
	}

	private void changed() {
		marks.save(new LibraryMark(LibraryMark.CHANGED, clock.instant()));
	}

	private void removeAll(List<?> entities) {
		entities.forEach(entityManager::remove);
	}

	private List<String> titles(List<Long> podcastIds) {
		return podcastIds.isEmpty() ? List.of()
				: entityManager.createQuery("select p.title from Podcast p where p.id in ?1 order by p.title", String.class)
					.setParameter(1, podcastIds)
					.getResultList();
	}

	private long count(String jpql, Object parameter) {
		return entityManager.createQuery(jpql, Long.class).setParameter(1, parameter).getSingleResult();
	}

	private List<Long> ids(String jpql, Object... parameters) {
		var query = entityManager.createQuery(jpql, Long.class);
		for (int i = 0; i < parameters.length; i++) {
			query.setParameter(i + 1, parameters[i]);
		}
		return new ArrayList<>(query.getResultList());
	}

}
