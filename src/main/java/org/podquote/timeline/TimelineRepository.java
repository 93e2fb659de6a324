package org.podquote.timeline;

import java.util.List;

import org.podquote.appearance.Appearance;
import org.podquote.speaker.Speaker;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Appearance counts by the month their episode was published: aggregates, never rows. */
public interface TimelineRepository extends Repository<Appearance, Long> {

	@Query("""
			select new org.podquote.timeline.MonthCount(extract(year from e.publishedOn), extract(month from e.publishedOn), count(a))
			from Appearance a join a.episode e
			where a.speaker = :speaker and e.publishedOn is not null
			group by extract(year from e.publishedOn), extract(month from e.publishedOn)""")
	List<MonthCount> countByMonth(Speaker speaker);

	@Query("select count(a) from Appearance a join a.episode e where a.speaker = :speaker and e.publishedOn is null")
	long countUndated(Speaker speaker);

}
