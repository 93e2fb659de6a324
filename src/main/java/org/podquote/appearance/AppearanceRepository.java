package org.podquote.appearance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.podquote.episode.Episode;
import org.podquote.speaker.Speaker;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AppearanceRepository extends Repository<Appearance, Long> {

	Appearance save(Appearance appearance);

	List<Appearance> findByEpisode(Episode episode);

	void deleteAll(Iterable<Appearance> appearances);

	void flush();

	long count();

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

	@Query(value = """
			select a from Appearance a join fetch a.episode e join fetch e.podcast join fetch a.speaker
			where a.speaker = :speaker
			order by e.publishedOn desc nulls last, e.id desc, a.position""",
			countQuery = "select count(a) from Appearance a where a.speaker = :speaker")
	Page<Appearance> findBySpeaker(Speaker speaker, Pageable pageable);

}
