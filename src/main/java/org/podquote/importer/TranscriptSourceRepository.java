package org.podquote.importer;

import org.springframework.data.repository.Repository;

interface TranscriptSourceRepository extends Repository<TranscriptSource, Long> {

	TranscriptSource save(TranscriptSource source);

	boolean existsBySha256(String sha256);


}
