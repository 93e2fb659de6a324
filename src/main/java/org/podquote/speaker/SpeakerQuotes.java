package org.podquote.speaker;

import java.util.Collection;
import java.util.List;

import org.podquote.appearance.Appearance;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * A speaker's quotes as their page lists them, each read in the order of an index of V6: best
 * first by {@code (speaker_id, substance desc, id)}, or one episode's in spoken order by
 * {@code (speaker_id, episode_id, position)}.
 */
interface SpeakerQuotes extends Repository<Appearance, Long> {

	/**
	 * A page of the speaker's quotes, those that say most first. The order names the speaker first,
	 * as the index does, for H2 to read it in index order instead of sorting every row of the speaker.
	 */
	@Query("select a.id from Appearance a where a.speaker = :speaker order by a.speaker.id, a.substance desc, a.id")
	List<Long> findIdsBySubstance(Speaker speaker, Pageable pageable);

	/** A run of the speaker's quotes in the same order, with their episodes, to be kept to some episodes. */
	@Query("""
			select new org.podquote.speaker.SpeakerQuotes$Ranked(a.id, a.episode.id) from Appearance a
			where a.speaker = :speaker order by a.speaker.id, a.substance desc, a.id""")
	List<Ranked> findRanked(Speaker speaker, Pageable pageable);

	/**
	 * A page of the speaker's quotes in a few episodes, those that say most first: read from the
	 * episodes, each by its index ({@code episode_id, speaker_id}), then sorted.
	 */
	@Query("""
			select a.id from Episode e join Appearance a on a.episode = e and a.speaker = :speaker
			where e.id in :episodeIds
			order by a.substance desc, a.id""")
	List<Long> findIdsBySubstanceIn(Speaker speaker, Collection<Long> episodeIds, Pageable pageable);

	/** A quote and its episode, in the order of the ranking. */
	record Ranked(long id, long episodeId) {
	}

	/** The speaker's quotes in one episode, in spoken order; page with {@link Offset}. */
	@Query("""
			select a from Appearance a join fetch a.episode e join fetch e.podcast join fetch a.speaker
			where a.speaker = :speaker and e.id = :episodeId
			order by a.position""")
	List<Appearance> findInEpisode(Speaker speaker, long episodeId, Pageable pageable);

}
