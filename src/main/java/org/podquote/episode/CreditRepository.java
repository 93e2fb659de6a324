package org.podquote.episode;

import java.util.List;

import org.podquote.speaker.Speaker;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CreditRepository extends Repository<Credit, Long> {

	Credit save(Credit credit);

	boolean existsByEpisodeAndSpeakerAndRole(Episode episode, Speaker speaker, String role);

	/** An episode's credits with their people, in the order they were given. */
	@Query("select c from Credit c join fetch c.speaker where c.episode = :episode order by c.id")
	List<Credit> findByEpisode(Episode episode);

	void delete(Credit credit);

}
