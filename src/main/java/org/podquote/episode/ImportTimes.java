package org.podquote.episode;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** When the library last changed, for Last-Modified and feeds: taken from the data, never from the clock. */
public interface ImportTimes extends Repository<TranscriptSource, Long> {

	/** The latest import, or empty while the library is empty. */
	@Query("select max(t.importedAt) from TranscriptSource t")
	Optional<Instant> findLast();

}
