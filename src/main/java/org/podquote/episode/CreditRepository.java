package org.podquote.episode;

import java.util.List;

import org.podquote.speaker.Speaker;
import org.springframework.data.repository.Repository;

public interface CreditRepository extends Repository<Credit, Long> {

	Credit save(Credit credit);

	boolean existsByEpisodeAndSpeakerAndRole(Episode episode, Speaker speaker, String role);

	List<Credit> findByEpisode(Episode episode);

	void delete(Credit credit);

}
