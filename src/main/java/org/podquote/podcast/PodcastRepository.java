package org.podquote.podcast;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PodcastRepository extends Repository<Podcast, Long> {

	Optional<Podcast> findBySlug(String slug);

	List<Podcast> findBySlugIn(Collection<String> slugs);

	boolean existsBySlug(String slug);

	Optional<Podcast> findFirstByTitle(String title);

	Podcast save(Podcast podcast);

	long count();

	@Query("""
			select new org.podquote.podcast.PodcastSummary(p.slug, p.title, count(e), min(e.publishedOn), max(e.publishedOn))
			from Podcast p left join Episode e on e.podcast = p
			group by p.id, p.slug, p.title
			order by p.title""")
	List<PodcastSummary> findSummaries();

}
