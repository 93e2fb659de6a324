package org.podquote.episode;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Where the sample is in the library (see {@link Sample}). */
public interface SampleRepository extends Repository<TranscriptSource, Long> {

	default Sample find() {
		return new Sample(findEpisodes());
	}

	@Query("""
			select new org.podquote.episode.Sample$SampleEpisode(p.slug, e.slug,
			  coalesce(t.quotes, 0))
			from Episode e join e.podcast p left join EpisodeStat t on t.episodeId = e.id
			where e.id in (select s.episode.id from TranscriptSource s where s.sample = true)
			order by e.id""")
	List<Sample.SampleEpisode> findEpisodes();

}
