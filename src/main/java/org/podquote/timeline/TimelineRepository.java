package org.podquote.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.podquote.appearance.Appearance;
import org.podquote.podcast.PodcastCount;
import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerCount;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Appearance counts by the month their episode was published, or by episode for the undated ones:
 * aggregates, never rows.
 */
public interface TimelineRepository extends Repository<Appearance, Long> {

	@Query("""
			select new org.podquote.timeline.MonthCount(extract(year from e.publishedOn), extract(month from e.publishedOn), count(a))
			from Appearance a join a.episode e
			where a.speaker = :speaker and e.publishedOn is not null
			group by extract(year from e.publishedOn), extract(month from e.publishedOn)""")
	List<MonthCount> countByMonth(Speaker speaker);

	@Query("select count(a) from Appearance a join a.episode e where a.speaker = :speaker and e.publishedOn is null")
	long countUndated(Speaker speaker);

	@Query("""
			select new org.podquote.timeline.MonthCount(extract(year from e.publishedOn), extract(month from e.publishedOn), count(a))
			from Appearance a join a.episode e
			where e.publishedOn is not null
			group by extract(year from e.publishedOn), extract(month from e.publishedOn)""")
	List<MonthCount> countLibraryByMonth();

	@Query("select count(a) from Appearance a join a.episode e where e.publishedOn is null")
	long countLibraryUndated();

	/** A person's quotes in each undated episode, with the show and number that place it. */
	@Query("""
			select new org.podquote.timeline.EpisodeCount(p.slug, p.title, e.number, count(a))
			from Appearance a join a.episode e join e.podcast p
			where a.speaker = :speaker and e.publishedOn is null
			group by p.id, p.slug, p.title, e.id, e.number""")
	List<EpisodeCount> countUndatedByEpisode(Speaker speaker);

	/** The library's quotes in each undated episode. */
	@Query("""
			select new org.podquote.timeline.EpisodeCount(p.slug, p.title, e.number, count(a))
			from Appearance a join a.episode e join e.podcast p
			where e.publishedOn is null
			group by p.id, p.slug, p.title, e.id, e.number""")
	List<EpisodeCount> countLibraryUndatedByEpisode();

	/** The shows with at least one dated episode. */
	@Query("select distinct p.slug from Episode e join e.podcast p where e.publishedOn is not null")
	Set<String> findDatedPodcasts();

	@Query("""
			select new org.podquote.speaker.SpeakerCount(s.slug, s.name, count(a))
			from Appearance a join a.speaker s join a.episode e
			where e.publishedOn >= :since
			group by s.id, s.slug, s.name
			order by count(a) desc, s.name, s.id""")
	List<SpeakerCount> findMostQuotedSince(LocalDate since, Pageable pageable);

	@Query("""
			select new org.podquote.podcast.PodcastCount(p.slug, p.title, count(a))
			from Appearance a join a.episode e join e.podcast p
			group by p.id, p.slug, p.title
			order by count(a) desc, p.title, p.id""")
	List<PodcastCount> findMostQuotedPodcasts(Pageable pageable);

	@Query("""
			select new org.podquote.podcast.PodcastCount(p.slug, p.title, count(a))
			from Appearance a join a.episode e join e.podcast p
			where e.publishedOn >= :since
			group by p.id, p.slug, p.title
			order by count(a) desc, p.title, p.id""")
	List<PodcastCount> findMostQuotedPodcastsSince(LocalDate since, Pageable pageable);

}
