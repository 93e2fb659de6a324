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
 * read from the counts per episode kept as quotes are written ({@code org.podquote.stats}), so
 * that each reads one row per episode, never the quotes; the date is the episode's own, joined.
 */
public interface TimelineRepository extends Repository<Appearance, Long> {

	@Query("""
			select new org.podquote.timeline.MonthCount(extract(year from e.publishedOn), extract(month from e.publishedOn), sum(t.quotes))
			from SpeakerEpisodeStat t join Episode e on e.id = t.episodeId
			where t.speakerId = :#{#speaker.id} and e.publishedOn is not null
			group by extract(year from e.publishedOn), extract(month from e.publishedOn)""")
	List<MonthCount> countByMonth(Speaker speaker);

	@Query("""
			select coalesce(sum(t.quotes), 0) from SpeakerEpisodeStat t join Episode e on e.id = t.episodeId
			where t.speakerId = :#{#speaker.id} and e.publishedOn is null""")
	long countUndated(Speaker speaker);

	@Query("""
			select new org.podquote.timeline.MonthCount(extract(year from e.publishedOn), extract(month from e.publishedOn), sum(t.quotes))
			from EpisodeStat t join Episode e on e.id = t.episodeId
			where e.publishedOn is not null
			group by extract(year from e.publishedOn), extract(month from e.publishedOn)""")
	List<MonthCount> countLibraryByMonth();

	@Query("select coalesce(sum(t.quotes), 0) from EpisodeStat t join Episode e on e.id = t.episodeId where e.publishedOn is null")
	long countLibraryUndated();

	/** A person's quotes in each undated episode, with the show and number that place it. */
	@Query("""
			select new org.podquote.timeline.EpisodeCount(p.slug, p.title, e.number, t.quotes)
			from SpeakerEpisodeStat t join Episode e on e.id = t.episodeId join e.podcast p
			where t.speakerId = :#{#speaker.id} and e.publishedOn is null""")
	List<EpisodeCount> countUndatedByEpisode(Speaker speaker);

	/** The library's quotes in each undated episode. */
	@Query("""
			select new org.podquote.timeline.EpisodeCount(p.slug, p.title, e.number, t.quotes)
			from EpisodeStat t join Episode e on e.id = t.episodeId join e.podcast p
			where e.publishedOn is null""")
	List<EpisodeCount> countLibraryUndatedByEpisode();

	/** The shows with at least one dated episode. */
	@Query("select distinct p.slug from Episode e join e.podcast p where e.publishedOn is not null")
	Set<String> findDatedPodcasts();

	/** The people most quoted in the episodes published since a date: read from those episodes' counts. */
	@Query("""
			select new org.podquote.speaker.SpeakerCount(s.slug, s.name, sum(t.quotes))
			from Episode e join SpeakerEpisodeStat t on t.episodeId = e.id join Speaker s on s.id = t.speakerId
			where e.publishedOn >= :since
			group by s.id, s.slug, s.name
			order by sum(t.quotes) desc, s.name, s.id""")
	List<SpeakerCount> findMostQuotedSince(LocalDate since, Pageable pageable);

	@Query("""
			select new org.podquote.podcast.PodcastCount(p.slug, p.title, t.quotes)
			from PodcastStat t join Podcast p on p.id = t.podcastId
			order by t.quotes desc, p.title, p.id""")
	List<PodcastCount> findMostQuotedPodcasts(Pageable pageable);

	@Query("""
			select new org.podquote.podcast.PodcastCount(p.slug, p.title, sum(t.quotes))
			from Episode e join EpisodeStat t on t.episodeId = e.id join e.podcast p
			where e.publishedOn >= :since
			group by p.id, p.slug, p.title
			order by sum(t.quotes) desc, p.title, p.id""")
	List<PodcastCount> findMostQuotedPodcastsSince(LocalDate since, Pageable pageable);

}
