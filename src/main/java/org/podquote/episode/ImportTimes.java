package org.podquote.episode;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * When the library last changed, for Last-Modified and feeds: taken from the data, never from the
 * clock. An import leaves its time on its sources; an edit, a deletion or a matched feed leaves
 * {@link LibraryMark#CHANGED}.
 */
public interface ImportTimes extends Repository<TranscriptSource, Long> {

	/** The latest import or change, or empty while the library is empty and unchanged. */
	default Optional<Instant> findLast() {
		return Stream.of(findLastImport(), findLastChange())
			.flatMap(Optional::stream)
			.max(Instant::compareTo);
	}

	@Query("select max(t.importedAt) from TranscriptSource t")
	Optional<Instant> findLastImport();

	@Query("select m.markedAt from LibraryMark m where m.name = '" + LibraryMark.CHANGED + "'")
	Optional<Instant> findLastChange();

}
