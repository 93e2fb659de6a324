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
			  (select count(a) from Appearance a where a.episode = e))
			from Episode e join e.podcast p
			where e.id in (select s.episode.id from TranscriptSource s where s.sample = true)
			order by e.id""")
	List<Sample.SampleEpisode> findEpisodes();

}
