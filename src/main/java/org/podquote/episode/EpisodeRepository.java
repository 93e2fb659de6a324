package org.podquote.episode;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.podquote.podcast.Podcast;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * Episodes. A show's episodes are listed newest first by their number, then by date, then by
 * title, so that {@code go-time-9} comes after {@code go-time-10} and not before it as text would.
 */
public interface EpisodeRepository extends Repository<Episode, Long> {

	@Query("select e from Episode e join fetch e.podcast p where p.slug = :podcast and e.slug = :episode")
	Optional<Episode> findBySlugs(String podcast, String episode);

	Optional<Episode> findByPodcastAndGuid(Podcast podcast, String guid);

	Optional<Episode> findById(Long id);

	/** Every episode of a show, as entities (for matching a feed to them, or deleting them). */
	List<Episode> findByPodcastOrderById(Podcast podcast);

	boolean existsByPodcastAndSlug(Podcast podcast, String slug);

	Episode save(Episode episode);

	/** Removes an episode that holds nothing any more: no quotes, credits or sources point at it. */
	void delete(Episode episode);

	@Query("select new org.podquote.episode.DateSpan(min(e.publishedOn), max(e.publishedOn)) from Episode e")
	DateSpan findDateSpan();

	long count();

	@Query("""
			select new org.podquote.episode.EpisodeSummary(p.slug, p.title, e.slug, e.title, e.number, e.publishedOn,
			  e.durationSeconds, coalesce(t.quotes, 0))
			from Episode e join e.podcast p left join EpisodeStat t on t.episodeId = e.id
			where p = :podcast
			order by e.number desc nulls last, e.publishedOn desc nulls last, e.title, e.id desc""")
	List<EpisodeSummary> findByPodcast(Podcast podcast);

	/** The first of a show's episodes in the order of {@link #findByPodcast}, read no further than the page. */
	@Query("""
			select new org.podquote.episode.EpisodeSummary(p.slug, p.title, e.slug, e.title, e.number, e.publishedOn,
			  e.durationSeconds, coalesce(t.quotes, 0))
			from Episode e join e.podcast p left join EpisodeStat t on t.episodeId = e.id
			where p = :podcast
			order by e.number desc nulls last, e.publishedOn desc nulls last, e.title, e.id desc""")
	List<EpisodeSummary> findByPodcast(Podcast podcast, Pageable pageable);

	/**
	 * A page of a show's episodes in the order the pageable's sort gives (end it on {@code id}, so
	 * that it is total; lead it with {@code podcast.id}, so that H2 reads an index of V18 in order).
	 * The page's ids are read from that index alone, however far in the page is; only its own rows
	 * are then read with their counts: a late page of a show of thousands of episodes costs what the
	 * first does, instead of joining and skipping every episode before it. The total is the show's
	 * maintained count (V19), not a count of its episodes.
	 */
	default Page<EpisodeSummary> findPageByPodcast(Podcast podcast, Pageable pageable) {
		List<Long> ids = findPageIdsByPodcast(podcast, pageable);
		List<EpisodeSummary> rows = ids.isEmpty() ? List.of() : findSummariesByIds(ids, pageable.getSort());
		return PageableExecutionUtils.getPage(rows, pageable, () -> findCounts(podcast).episodes());
	}

	@Query("select e.id from Episode e where e.podcast = :podcast")
	List<Long> findPageIdsByPodcast(Podcast podcast, Pageable pageable);

	@Query("""
			select new org.podquote.episode.EpisodeSummary(p.slug, p.title, e.slug, e.title, e.number, e.publishedOn,
			  e.durationSeconds, coalesce(t.quotes, 0))
			from Episode e join e.podcast p left join EpisodeStat t on t.episodeId = e.id
			where e.id in :ids""")
	List<EpisodeSummary> findSummariesByIds(Collection<Long> ids, Sort sort);

	long countByPodcast(Podcast podcast);

	/**
	 * How many of a show's episodes there are, how many have a date and a number, and the dates they
	 * span: kept per change of the show's episodes ({@code stats/ShowStats}, V19), read as one row.
	 */
	default EpisodeCounts findCounts(Podcast podcast) {
		return findCountsOf(podcast.getId()).orElse(EpisodeCounts.NONE);
	}

	@Query("""
			select new org.podquote.episode.EpisodeCounts(t.episodes, t.dated, t.numbered, t.firstDate, t.lastDate)
			from PodcastEpisodeStat t where t.podcastId = :podcastId""")
	Optional<EpisodeCounts> findCountsOf(long podcastId);

}
