package org.podquote.podcast;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.podquote.speaker.SpeakerCount;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PodcastRepository extends Repository<Podcast, Long> {

	Optional<Podcast> findBySlug(String slug);

	List<Podcast> findBySlugIn(Collection<String> slugs);

	boolean existsBySlug(String slug);

	Optional<Podcast> findFirstByTitle(String title);

	Podcast save(Podcast podcast);

	@Query("""
			select new org.podquote.podcast.CreditedPerson(s.slug, s.name, c.role, count(distinct e.id))
			from Credit c join c.speaker s join c.episode e
			where e.podcast = :podcast
			group by s.id, s.slug, s.name, c.role
			order by count(distinct e.id) desc, s.name, s.id, c.role""")
	List<CreditedPerson> findCredits(Podcast podcast, Pageable pageable);

	@Query("""
			select new org.podquote.speaker.SpeakerCount(s.slug, s.name, t.quotes)
			from SpeakerPodcastStat t join Speaker s on s.id = t.speakerId
			where t.podcastId = :podcastId
			order by t.quotes desc, s.name, s.id""")
	List<SpeakerCount> findMostQuotedOn(long podcastId, Pageable pageable);

	/** The show's most quoted people (counted as quotes are written). */
	default List<SpeakerCount> findMostQuoted(Podcast podcast, Pageable pageable) {
		return findMostQuotedOn(podcast.getId(), pageable);
	}

	long count();

	/** Every quote of the library, counted as quotes are written. */
	@Query("select coalesce(sum(t.quotes), 0) from PodcastStat t")
	long countQuotes();

	/**
	 * The shows that hold quotes, those whose quoted episodes are newest first, then the most quoted:
	 * a show whose episodes have no dates comes after the dated ones, never before them by a made-up date.
	 */
	@Query("""
			select new org.podquote.podcast.QuotedShow(p.slug, p.title, t.quotes, t.latest)
			from PodcastStat t join Podcast p on p.id = t.podcastId
			order by t.latest desc nulls last, t.quotes desc, p.title, p.id""")
	List<QuotedShow> findRecentlyQuoted(Pageable pageable);

	@Query("""
			select new org.podquote.podcast.PodcastSummary(p.slug, p.title, count(e), min(e.publishedOn), max(e.publishedOn))
			from Podcast p left join Episode e on e.podcast = p
			group by p.id, p.slug, p.title
			order by p.title, p.id""")
	List<PodcastSummary> findSummaries();

}
