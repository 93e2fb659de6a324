package org.podquote.speaker;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface SpeakerRedirectRepository extends Repository<SpeakerRedirect, String> {

	/** Where a former slug leads now: the person's current slug. */
	@Query("select r.speaker.slug from SpeakerRedirect r where r.slug = :slug")
	Optional<String> findTarget(String slug);

	List<SpeakerRedirect> findBySpeaker(Speaker speaker);

	Optional<SpeakerRedirect> findById(String slug);

	SpeakerRedirect save(SpeakerRedirect redirect);

	void delete(SpeakerRedirect redirect);

}
