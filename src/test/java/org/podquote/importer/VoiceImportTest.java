package org.podquote.importer;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podquote.search.QuoteHit;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchPage;
import org.podquote.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Imports {@code importer/voices}: transcripts whose labels name nobody ("SPEAKER_00", "Speaker 2"
 * in two shows, "Unknown", "Audio", "Subtitles"), a label with a role ("Jane Doe (host)") and a
 * feed of credits without transcripts. Shares its context with the voice-naming tests.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.admin.username=admin",
		"podquote.admin.password=correct horse battery" })
class VoiceImportTest {

	private static ImportReport firstImport;

	@Autowired
	ImportJob job;

	@Autowired
	QuoteSearch search;

	@Autowired
	JdbcTemplate jdbc;

	static Path fixtures() throws URISyntaxException {
		return Path.of(VoiceImportTest.class.getResource("/importer/voices").toURI());
	}

	@BeforeEach
	void importFixturesOnce() throws Exception {
		if (firstImport == null) {
			firstImport = job.run(List.of(fixtures().toString()), null, ImportJob.Progress.NONE);
			assertThat(firstImport.failures()).isEmpty();
		}
	}

	@Test
	void labelsThatNameNobodyAreVoicesOfTheirEpisodeAndNeverPeople() {
		assertThat(jdbc.queryForList("select name from speaker", String.class)).doesNotContain("Speaker 2",
				"Speaker 1", "SPEAKER_00", "SPEAKER_01", "Unknown", "Audio", "Subtitles", "Audience Member", "Narrator");
		assertThat(voices("call-in")).containsExactly(tuple(0, null, "Audio"), tuple(1, "Jane Doe", null),
				tuple(2, null, "Speaker 0"), tuple(3, null, "Speaker 1"), tuple(4, null, "Speaker 2"),
				tuple(5, "Jane Doe", null), tuple(6, null, "Unknown speaker"));
		assertThat(voices("panel")).containsExactly(tuple(0, null, "Speaker 2"), tuple(1, null, "Speaker 1"),
				tuple(2, null, "Audience member"), tuple(3, null, "Subtitles"));
	}

	@Test
	void markdownDropsLabelsThatAreNotPeopleAndKeepsGenericVoices() {
		assertThat(voices("recap")).containsExactly(tuple(0, null, "Speaker 2"), tuple(1, null, "Narrator"));
	}

	@Test
	void aRoleInTheLabelCreditsThePersonOnTheEpisode() {
		assertThat(jdbc.queryForList("""
				select s.name, c.role, c.role_group from credit c join speaker s on s.id = c.speaker_id
				join episode e on e.id = c.episode_id where e.title = 'call-in'"""))
			.extracting(row -> tuple(row.get("NAME"), row.get("ROLE"), row.get("ROLE_GROUP")))
			.containsExactly(tuple("Jane Doe", "host", "Cast"));
		assertThat(jdbc.queryForList("select slug from speaker where name like 'Jane Doe%'", String.class))
			.containsExactly("jane-doe");
	}

	@Test
	void voicesAreSearchedButNeverFacetedAsPeople() {
		SearchPage<QuoteHit> hits = search.search(new SearchQuery("zebra pianos", null, null, null, null, null,
				SearchQuery.Sort.RELEVANCE, 0, 10, true));
		assertThat(hits.hits()).singleElement().satisfies(hit -> {
			assertThat(hit.quote().speakerSlug()).isNull();
			assertThat(hit.quote().voice()).isEqualTo("Speaker 2");
			assertThat(hit.quote().label()).isEqualTo("Speaker 2");
		});
		assertThat(hits.facets().speakers()).isEmpty();
	}

	@Test
	void feedPersonsAreCreditedWithTheirRoleAsWrittenAndTheirGroupAndGenericNamesAreNot() {
		assertThat(jdbc.queryForList("""
				select s.name, c.role, c.role_group from credit c join speaker s on s.id = c.speaker_id
				join episode e on e.id = c.episode_id where e.guid = 'credit-roll-1' order by s.name"""))
			.extracting(row -> tuple(row.get("NAME"), row.get("ROLE"), row.get("ROLE_GROUP")))
			.containsExactly(tuple("Cody Cohost", "co_host", "cast"), tuple("Gwen Guesting", "guest", "cast"),
					tuple("Rita Regular", "host", "cast"),
					tuple("Sam Soundboard", "sound guy", "audio post-production"));
	}

	private List<org.assertj.core.groups.Tuple> voices(String episodeTitle) {
		return jdbc.queryForList("""
				select a.position, s.name, a.voice from appearance a join episode e on e.id = a.episode_id
				left join speaker s on s.id = a.speaker_id where e.title = ? order by a.position""", episodeTitle)
			.stream()
			.map(row -> tuple(row.get("POSITION"), row.get("NAME"), row.get("VOICE")))
			.toList();
	}

}
