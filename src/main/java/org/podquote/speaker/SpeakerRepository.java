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

	@Query(value = """
			select new org.podquote.speaker.SpeakerCount(s.slug, s.name, count(a))
			from Appearance a join a.speaker s
			group by s.id, s.slug, s.name
			order by count(a) desc, s.name, s.id""",
			countQuery = "select count(distinct a.speaker) from Appearance a")
	Page<SpeakerCount> findMostQuoted(Pageable pageable);

	@Query("""
			select new org.podquote.speaker.SpeakerStats(count(a), count(distinct e.id), count(distinct e.podcast.id),
			  min(e.publishedOn), max(e.publishedOn))
			from Appearance a join a.episode e
			where a.speaker = :speaker""")
	SpeakerStats findStats(Speaker speaker);

	/** The people heard in most of this speaker's episodes, with how many episodes they share. */
	@Query("""
			select new org.podquote.speaker.SpeakerCount(s.slug, s.name, count(distinct a.episode.id))
			from Appearance a join a.speaker s
			where s <> :speaker and a.episode.id in (select mine.episode.id from Appearance mine where mine.speaker = :speaker)
			group by s.id, s.slug, s.name
			order by count(distinct a.episode.id) desc, s.name, s.id""")
	List<SpeakerCount> findAppearsWith(Speaker speaker, Pageable pageable);

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
