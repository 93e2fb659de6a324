package org.podquote.episode;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** An episode's soundbites, as its feed gave them last. */
public interface SoundbiteRepository extends Repository<Soundbite, Long> {

	@Query("select s from Soundbite s where s.episode = :episode order by s.startMs, s.id")
	List<Soundbite> findByEpisode(Episode episode);

	Soundbite save(Soundbite soundbite);

	@Modifying
	@Query("delete from Soundbite s where s.episode = :episode")
	void deleteByEpisode(Episode episode);

}
