package org.podquote.speaker;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

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
			select new org.podquote.speaker.SpeakerCount(s.slug, s.name, count(a))
			from Appearance a join a.speaker s
			group by s.id, s.slug, s.name
			order by count(a) desc, s.name, s.id""",
			countQuery = "select count(s) from Speaker s where exists (select a.id from Appearance a where a.speaker = s)")
	Page<SpeakerCount> findMostQuoted(Pageable pageable);

	/**
	 * The people index narrowed to names containing some text; {@code pattern} is a {@code like}
	 * pattern over {@link Speaker#getNameKey() the lower-case name} with {@code !} as its escape.
	 */
	@Query(value = """
			select new org.podquote.speaker.SpeakerCount(s.slug, s.name, count(a))
			from Appearance a join a.speaker s
			where s.nameKey like :pattern escape '!'
			group by s.id, s.slug, s.name
			order by count(a) desc, s.name, s.id""", countQuery = """
			select count(s) from Speaker s
			where s.nameKey like :pattern escape '!' and exists (select a.id from Appearance a where a.speaker = s)""")
	Page<SpeakerCount> findMostQuotedNamed(String pattern, Pageable pageable);

	/** People with at least one quote: the people the index lists and the home page counts. */
	@Query("select count(s) from Speaker s where exists (select a.id from Appearance a where a.speaker = s)")
	long countQuoted();

	/**
	 * The speaker's episodes with how many of their quotes each holds: counted on the index
	 * ({@code speaker_id, episode_id, position}) first, so that each episode is joined once, not
	 * once per quote.
	 */
	@Query("""
			select new org.podquote.speaker.SpeakerEpisode(e.id, e.slug, e.title, p.id, p.slug, p.title, e.publishedOn,
			  mine.quotes)
			from (select a.episode.id as episodeId, count(*) as quotes from Appearance a where a.speaker = :speaker
			      group by a.episode.id) mine
			  join Episode e on e.id = mine.episodeId join e.podcast p""")
	List<SpeakerEpisode> findEpisodes(Speaker speaker);

	/** The shows on which the speaker holds a credit. */
	@Query("select distinct e.podcast.id from Credit c join c.episode e where c.speaker = :speaker")
	List<Long> findCreditedPodcastIds(Speaker speaker);

	/** How many episodes with a transcript (at least one quote) each show has. */
	@Query("""
			select new org.podquote.speaker.HostInference$ShowSize(e.podcast.id, count(e))
			from Episode e
			where e.podcast.id in :podcastIds and exists (select a.id from Appearance a where a.episode = e)
			group by e.podcast.id""")
	List<HostInference.ShowSize> countTranscribedEpisodes(Collection<Long> podcastIds);

	/**
	 * The named, spoken quotes among the first positions of these episodes: who opens each. Joined
	 * from the episodes so that each is read by its index range ({@code episode_id, position}).
	 */
	@Query("""
			select new org.podquote.speaker.HostInference$Opening(e.id, a.position, a.speaker.id)
			from Episode e join Appearance a on a.episode = e and a.position < :within
			where e.id in :episodeIds and a.speaker is not null and a.heading = false""")
	List<HostInference.Opening> findOpenings(Collection<Long> episodeIds, int within);

	@Query("""
			select new org.podquote.speaker.SpeakerStats(count(a), count(distinct e.id), count(distinct e.podcast.id),
			  min(e.publishedOn), max(e.publishedOn))
			from Appearance a join a.episode e
			where a.speaker = :speaker""")
	SpeakerStats findStats(Speaker speaker);

	/**
	 * The people heard in most of these episodes (the speaker's), other than the speaker, with how
	 * many they share: counted on the index ({@code episode_id, speaker_id}), then named.
	 */
	@Query("""
			select new org.podquote.speaker.SpeakerCount(s.slug, s.name, shared.episodes)
			from (select a.speaker.id as speakerId, count(distinct a.episode.id) as episodes from Appearance a
			      where a.speaker <> :speaker and a.episode.id in :episodeIds group by a.speaker.id) shared
			  join Speaker s on s.id = shared.speakerId
			order by shared.episodes desc, s.name, s.id""")
	List<SpeakerCount> findAppearsWith(Speaker speaker, Collection<Long> episodeIds, Pageable pageable);

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
			  and not exists (select a.id from Appearance a where a.episode = e and a.speaker = :speaker)
			order by e.publishedOn desc nulls last, e.id desc, c.id""")
	List<CreditedEpisode.Row> findCreditedNotQuoted(Speaker speaker, Pageable pageable);

}
