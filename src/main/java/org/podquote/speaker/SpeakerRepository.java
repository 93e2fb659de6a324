package org.podquote.speaker;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * People, and what the pages count of them: read from the counts kept as quotes are written
 * ({@code org.podquote.stats}), never by counting a person's quotes on a page view.
 */
public interface SpeakerRepository extends Repository<Speaker, Long> {

	Optional<Speaker> findBySlug(String slug);

	List<Speaker> findBySlugIn(Collection<String> slugs);

	Optional<Speaker> findByNameKey(String nameKey);

	/** The people one of whose other spellings has this {@link SpeakerNames#key}. */
	@Query("select s from Speaker s join s.aliases a where lower(a) = :key")
	List<Speaker> findByAliasKey(String key);

	boolean existsBySlug(String slug);

	Speaker save(Speaker speaker);

	long count();

	/** The people index: everyone with at least one quote, most quoted first. */
	@Query(value = """
			select new org.podquote.speaker.SpeakerCount(s.slug, s.name, t.quotes)
			from SpeakerStat t join Speaker s on s.id = t.speakerId
			order by t.quotes desc, s.name, s.id""", countQuery = "select count(t) from SpeakerStat t")
	Page<SpeakerCount> findMostQuoted(Pageable pageable);

	/**
	 * The people index narrowed to names containing some text; {@code pattern} is a {@code like}
	 * pattern over {@link Speaker#getNameKey() the lower-case name} with {@code !} as its escape.
	 */
	@Query(value = """
			select new org.podquote.speaker.SpeakerCount(s.slug, s.name, t.quotes)
			from SpeakerStat t join Speaker s on s.id = t.speakerId
			where s.nameKey like :pattern escape '!'
			order by t.quotes desc, s.name, s.id""", countQuery = """
			select count(t) from SpeakerStat t join Speaker s on s.id = t.speakerId
			where s.nameKey like :pattern escape '!'""")
	Page<SpeakerCount> findMostQuotedNamed(String pattern, Pageable pageable);

	/** People with at least one quote: the people the index lists and the home page counts. */
	@Query("select count(t) from SpeakerStat t")
	long countQuoted();

	/** The speaker's episodes with how many of their quotes each holds. */
	default List<SpeakerEpisode> findEpisodes(Speaker speaker) {
		return findEpisodesOf(speaker.getId());
	}

	@Query("""
			select new org.podquote.speaker.SpeakerEpisode(e.id, e.slug, e.title, p.id, p.slug, p.title, e.publishedOn,
			  t.quotes, e.number)
			from SpeakerEpisodeStat t join Episode e on e.id = t.episodeId join e.podcast p
			where t.speakerId = :speakerId""")
	List<SpeakerEpisode> findEpisodesOf(long speakerId);

	/** The shows on which the speaker holds a credit. */
	@Query("select distinct e.podcast.id from Credit c join c.episode e where c.speaker = :speaker")
	List<Long> findCreditedPodcastIds(Speaker speaker);

	/** How many episodes with a transcript (at least one quote) each show has. */
	@Query("""
			select new org.podquote.speaker.HostInference$ShowSize(t.podcastId, count(t))
			from EpisodeStat t
			where t.podcastId in :podcastIds
			group by t.podcastId""")
	List<HostInference.ShowSize> countTranscribedEpisodes(Collection<Long> podcastIds);

	/** In how many episodes of each show the speaker is the first named voice (counted as quotes are written). */
	@Query("""
			select new org.podquote.speaker.HostInference$ShowSize(t.podcastId, count(t))
			from EpisodeStat t where t.openerId = :speakerId group by t.podcastId""")
	List<HostInference.ShowSize> countOpened(long speakerId);

	/** The speaker's totals, and the dates of their first and last dated episodes. */
	default SpeakerStats findStats(Speaker speaker) {
		return findStatsOf(speaker.getId());
	}

	@Query("""
			select new org.podquote.speaker.SpeakerStats(coalesce(sum(t.quotes), 0), count(t), count(distinct t.podcastId),
			  min(e.publishedOn), max(e.publishedOn))
			from SpeakerEpisodeStat t join Episode e on e.id = t.episodeId
			where t.speakerId = :speakerId""")
	SpeakerStats findStatsOf(long speakerId);

	/** The people quoted in most episodes with the speaker, with how many they share, over all their episodes. */
	default List<SpeakerCount> findAppearsWith(Speaker speaker, Pageable pageable) {
		return findAppearsWithOf(speaker.getId(), pageable);
	}

	@Query("""
			select new org.podquote.speaker.SpeakerCount(s.slug, s.name, t.episodes)
			from SpeakerPairStat t join Speaker s on s.id = t.otherId
			where t.speakerId = :speakerId
			order by t.episodes desc, s.name, s.id""")
	List<SpeakerCount> findAppearsWithOf(long speakerId, Pageable pageable);

	@Query("select distinct c.role from Credit c where c.speaker = :speaker order by c.role")
	List<String> findRoles(Speaker speaker);

	/** Episodes the speaker is credited on, quoted in them or not. */
	@Query("select count(distinct c.episode.id) from Credit c where c.speaker = :speaker")
	long countCreditedEpisodes(Speaker speaker);

	/** The credits of the speaker on episodes without a quote of theirs, newest episode first. */
	@Query("""
			select new org.podquote.speaker.CreditedEpisode$Row(e.slug, e.title, p.slug, p.title, e.publishedOn, c.role)
			from Credit c join c.episode e join e.podcast p
			where c.speaker = :speaker
			  and not exists (select t from SpeakerEpisodeStat t where t.episodeId = e.id and t.speakerId = c.speaker.id)
			order by e.publishedOn desc nulls last, e.id desc, c.id""")
	List<CreditedEpisode.Row> findCreditedNotQuoted(Speaker speaker, Pageable pageable);

}
