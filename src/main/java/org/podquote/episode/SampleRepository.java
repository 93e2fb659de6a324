package org.podquote.episode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.podquote.podcast.Podcasts;
import org.podquote.speaker.Speakers;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Where the sample is in the library (see {@link Sample}). */
public interface SampleRepository extends Repository<TranscriptSource, Long> {

	default Sample find() {
		List<Sample.SampleEpisode> episodes = findEpisodes();
		if (episodes.isEmpty()) {
			return new Sample(episodes);
		}
		Set<String> wholly = new HashSet<>();
		findPeopleOnlyInSample().forEach(slug -> wholly.add(Speakers.url(slug)));
		findPodcastsOnlyInSample().forEach(slug -> wholly.add(Podcasts.url(slug)));
		return new Sample(episodes, wholly);
	}

	@Query("""
			select new org.podquote.episode.Sample$SampleEpisode(p.slug, e.slug, coalesce(t.quotes, 0))
			from Episode e join e.podcast p left join EpisodeStat t on t.episodeId = e.id
			where e.id in (select s.episode.id from TranscriptSource s where s.sample = true)
			order by e.id""")
	List<Sample.SampleEpisode> findEpisodes();

	/** The people quoted in the sample and nowhere else. */
	@Query("""
			select s.slug from Speaker s
			where exists (select t from SpeakerEpisodeStat t where t.speakerId = s.id
			    and t.episodeId in (select x.episode.id from TranscriptSource x where x.sample = true))
			  and not exists (select t from SpeakerEpisodeStat t where t.speakerId = s.id
			    and t.episodeId not in (select x.episode.id from TranscriptSource x where x.sample = true and x.episode is not null))""")
	List<String> findPeopleOnlyInSample();

	/** The podcasts whose every quote is the sample's. */
	@Query("""
			select p.slug from Podcast p
			where exists (select t from EpisodeStat t where t.podcastId = p.id
			    and t.episodeId in (select x.episode.id from TranscriptSource x where x.sample = true))
			  and not exists (select t from EpisodeStat t where t.podcastId = p.id
			    and t.episodeId not in (select x.episode.id from TranscriptSource x where x.sample = true and x.episode is not null))""")
	List<String> findPodcastsOnlyInSample();

}
