package org.podquote.appearance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.podquote.episode.Episode;
import org.podquote.speaker.Speaker;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AppearanceRepository extends Repository<Appearance, Long> {

	Appearance save(Appearance appearance);

	List<Appearance> findByEpisode(Episode episode);

	/** The quotes of an unnamed voice of an episode ("Speaker 1"), not yet given a person. */
	@Query("select a from Appearance a where a.episode = :episode and a.voice = :voice and a.speaker is null")
	List<Appearance> findUnnamed(Episode episode, String voice);

	/** The text of a speaker's latest quotes, for finding their topics. */
	@Query("select a.text from Appearance a where a.speaker = :speaker and a.heading = false order by a.id desc")
	List<String> findTextsBySpeaker(Speaker speaker, Pageable pageable);

	@Query("select a.text from Appearance a where a.episode = :episode and a.heading = false order by a.position")
	List<String> findTextsByEpisode(Episode episode, Pageable pageable);

	@Query("select a.text from Appearance a where a.heading = false order by a.id desc")
	List<String> findLatestTexts(Pageable pageable);

	void deleteAll(Iterable<Appearance> appearances);

	void flush();

	long count();

	long countBySpeakerIsNotNull();

	@Query("""
			select a from Appearance a join fetch a.episode e join fetch e.podcast left join fetch a.speaker
			where a.id = :id""")
	Optional<Appearance> findWithContext(long id);

	@Query("""
			select a from Appearance a join fetch a.episode e join fetch e.podcast left join fetch a.speaker
			where a.id in :ids""")
	List<Appearance> findAllWithContext(Collection<Long> ids);

	@Query("""
			select a from Appearance a join fetch a.episode e join fetch e.podcast left join fetch a.speaker
			where a.episode = :episode order by a.position""")
	List<Appearance> findByEpisodeInOrder(Episode episode);

	/**
	 * A page of a speaker's quotes; always sort by {@link #NEWEST} or {@link #OLDEST}: unsorted, the
	 * database picks the order (H2 happens to give id order, PostgreSQL does not).
	 */
	@Query(value = """
			select a from Appearance a join fetch a.episode e join fetch e.podcast join fetch a.speaker
			where a.speaker = :speaker""", countQuery = "select count(a) from Appearance a where a.speaker = :speaker")
	Page<Appearance> findBySpeaker(Speaker speaker, Pageable pageable);

	/** By date, and among episodes of one day or of none by their number, not by when they were imported;
	 * total, as position is unique in one episode. */
	Sort NEWEST = Sort.by(Sort.Order.desc("episode.publishedOn").nullsLast(),
			Sort.Order.desc("episode.number").nullsLast(), Sort.Order.desc("episode.id"), Sort.Order.asc("position"));

	Sort OLDEST = Sort.by(Sort.Order.asc("episode.publishedOn").nullsLast(), Sort.Order.asc("episode.number").nullsLast(),
			Sort.Order.asc("episode.id"), Sort.Order.asc("position"));

}
