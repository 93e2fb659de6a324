package org.podquote.importer;

import org.podquote.episode.Episode;
import org.springframework.data.repository.Repository;

interface TranscriptSourceRepository extends Repository<TranscriptSource, Long> {

	TranscriptSource save(TranscriptSource source);

	boolean existsBySha256(String sha256);

	boolean existsByEpisodeAndSha256(Episode episode, String sha256);

}
