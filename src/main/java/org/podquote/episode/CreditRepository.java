package org.podquote.episode;

import org.podquote.speaker.Speaker;
import org.springframework.data.repository.Repository;

public interface CreditRepository extends Repository<Credit, Long> {

	Credit save(Credit credit);

	boolean existsByEpisodeAndSpeakerAndRole(Episode episode, Speaker speaker, String role);

}
