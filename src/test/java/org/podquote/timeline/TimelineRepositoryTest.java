package org.podquote.timeline;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podquote.appearance.Appearance;
import org.podquote.appearance.Attribution;
import org.podquote.episode.Episode;
import org.podquote.podcast.Podcast;
import org.podquote.podcast.PodcastCount;
import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerCount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline's aggregate queries on a small library of their own, on JPA alone (Flyway's schema,
 * no web layer, no seed). Hibernate Search is off: these queries never reach the index.
 * Ada: 3 quotes in January 2025 (two episodes of Engines), 4 in March (Compilers), 5 undated;
 * Grace: 3 in March.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.search.enabled=false")
class TimelineRepositoryTest {

	static final LocalDate FEBRUARY = LocalDate.of(2025, 2, 1);

	@Autowired
	TestEntityManager entities;

	@Autowired
	TimelineRepository timelines;

	Speaker ada;

	Speaker grace;

	@BeforeEach
	void twoShowsFourEpisodesOneUndated() {
		ada = entities.persist(new Speaker("ada", "Ada"));
		grace = entities.persist(new Speaker("grace", "Grace"));
		Podcast engines = entities.persist(new Podcast("engines", "Engines"));
		Podcast compilers = entities.persist(new Podcast("compilers", "Compilers"));
		quotes(episode(engines, "early-january", LocalDate.of(2025, 1, 3)), ada, 2);
		quotes(episode(engines, "late-january", LocalDate.of(2025, 1, 31)), ada, 1);
		Episode march = episode(compilers, "march", LocalDate.of(2025, 3, 1));
		quotes(march, ada, 4);
		quotes(march, grace, 3);
		quotes(episode(compilers, "undated", null), ada, 5);
		entities.flush();
	}

	@Test
	void countsASpeakersQuotesByPublicationMonthAndTheUndatedApart() {
		assertThat(timelines.countByMonth(ada)).containsExactlyInAnyOrder(new MonthCount(2025, 1, 3L),
				new MonthCount(2025, 3, 4L));
		assertThat(timelines.countUndated(ada)).isEqualTo(5);
		assertThat(timelines.countByMonth(grace)).containsExactly(new MonthCount(2025, 3, 3L));
		assertThat(timelines.countUndated(grace)).isZero();
	}

	@Test
	void countsTheWholeLibraryByPublicationMonthAndTheUndatedApart() {
		assertThat(timelines.countLibraryByMonth()).containsExactlyInAnyOrder(new MonthCount(2025, 1, 3L),
				new MonthCount(2025, 3, 7L));
		assertThat(timelines.countLibraryUndated()).isEqualTo(5);
	}

	@Test
	void ranksPeopleAndShowsByQuotesSinceADateLeavingOutUndatedEpisodes() {
		PageRequest top = PageRequest.of(0, 10);

		assertThat(timelines.findMostQuotedPodcasts(top)).containsExactly(new PodcastCount("compilers", "Compilers", 12),
				new PodcastCount("engines", "Engines", 3));
		assertThat(timelines.findMostQuotedPodcastsSince(FEBRUARY, top))
			.containsExactly(new PodcastCount("compilers", "Compilers", 7));
		assertThat(timelines.findMostQuotedSince(FEBRUARY, top)).containsExactly(new SpeakerCount("ada", "Ada", 4),
				new SpeakerCount("grace", "Grace", 3));
		assertThat(timelines.findMostQuotedSince(FEBRUARY, PageRequest.of(0, 1))).extracting(SpeakerCount::slug)
			.containsExactly("ada");
	}

	@Test
	void countsTheUndatedQuotesEpisodeByEpisodeWithTheShowAndNumberThatPlaceThem() {
		Podcast numbered = entities.persist(new Podcast("numbered", "Numbered"));
		Episode seven = episode(numbered, "seven", null);
		seven.setNumber(7);
		quotes(seven, ada, 2);
		quotes(seven, grace, 1);
		entities.flush();

		assertThat(timelines.countUndatedByEpisode(ada)).containsExactlyInAnyOrder(
				new EpisodeCount("compilers", "Compilers", null, 5L), new EpisodeCount("numbered", "Numbered", 7, 2L));
		assertThat(timelines.countUndatedByEpisode(grace))
			.containsExactly(new EpisodeCount("numbered", "Numbered", 7, 1L));
		assertThat(timelines.countLibraryUndatedByEpisode()).containsExactlyInAnyOrder(
				new EpisodeCount("compilers", "Compilers", null, 5L), new EpisodeCount("numbered", "Numbered", 7, 3L));
		assertThat(timelines.findDatedPodcasts()).containsExactlyInAnyOrder("engines", "compilers");
	}

	private Episode episode(Podcast podcast, String slug, LocalDate publishedOn) {
		Episode episode = new Episode(podcast, slug, podcast.getSlug() + "/" + slug, slug);
		episode.setPublishedOn(publishedOn);
		return entities.persist(episode);
	}

	private void quotes(Episode episode, Speaker speaker, int count) {
		int start = entities.getEntityManager()
			.createQuery("select count(a) from Appearance a where a.episode = :episode", Long.class)
			.setParameter("episode", episode)
			.getSingleResult()
			.intValue();
		for (int i = 0; i < count; i++) {
			entities.persist(new Appearance(episode, speaker, start + i, speaker.getName() + " says " + i, Attribution.MANUAL));
		}
	}

}
