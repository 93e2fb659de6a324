package org.podquote.episode;

import org.springframework.data.repository.Repository;

public interface TranscriptSourceRepository extends Repository<TranscriptSource, Long> {

	TranscriptSource save(TranscriptSource source);

	boolean existsBySha256(String sha256);

}
