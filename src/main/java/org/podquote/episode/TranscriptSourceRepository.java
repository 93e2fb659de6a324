package org.podquote.episode;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface TranscriptSourceRepository extends Repository<TranscriptSource, Long> {

	TranscriptSource save(TranscriptSource source);

	boolean existsBySha256(String sha256);

	/** Every source of an episode, oldest first: its transcripts and the alternatives beside them. */
	List<TranscriptSource> findByEpisodeOrderById(Episode episode);

	/** The latest record of a source of the episode: what the episode page says of its transcript. */
	Optional<TranscriptSource> findFirstByEpisodeOrderByIdDesc(Episode episode);

}
