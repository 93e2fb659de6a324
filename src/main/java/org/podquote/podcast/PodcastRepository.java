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

	/** Who is credited on the show's episodes, in which role, most episodes first (counted as credits are written, V19). */
	default List<CreditedPerson> findCredits(Podcast podcast, Pageable pageable) {
		return findCreditsOn(podcast.getId(), pageable);
	}

	@Query("""
			select new org.podquote.podcast.CreditedPerson(s.slug, s.name, t.role, t.episodes)
			from PodcastCreditStat t join Speaker s on s.id = t.speakerId
			where t.podcastId = :podcastId
			order by t.episodes desc, s.name, s.id, t.role""")
	List<CreditedPerson> findCreditsOn(long podcastId, Pageable pageable);

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

	/** The show's quotes, counted as quotes are written (none: empty). */
	@Query("select t.quotes from PodcastStat t where t.podcastId = :podcastId")
	Optional<Long> findQuotesOn(long podcastId);

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

	/** Every show by title, with its episodes and the dates they span as kept per change (V19). */
	@Query("""
			select new org.podquote.podcast.PodcastSummary(p.slug, p.title, coalesce(t.episodes, 0), t.firstDate, t.lastDate)
			from Podcast p left join PodcastEpisodeStat t on t.podcastId = p.id
			order by p.title, p.id""")
	List<PodcastSummary> findSummaries();

}
