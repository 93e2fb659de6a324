package org.podquote.episode;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** An episode's chapters, as its feed gave them last. */
public interface ChapterRepository extends Repository<Chapter, Long> {

	@Query("select c from Chapter c where c.episode = :episode order by c.position")
	List<Chapter> findByEpisode(Episode episode);

	Chapter save(Chapter chapter);

	@Modifying
	@Query("delete from Chapter c where c.episode = :episode")
	void deleteByEpisode(Episode episode);

}
