package org.podquote.importer;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podquote.search.QuoteHit;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchPage;
import org.podquote.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Imports {@code importer/voices}: transcripts whose labels name nobody ("SPEAKER_00", "Speaker 2"
 * in two shows, "Unknown", "Audio", "Subtitles"), a label with a role ("Jane Doe (host)") and a
 * feed of credits without transcripts. Shares its context with {@link VoiceNamingTest}, so it keeps
 * to its own podcasts.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.admin.username=admin",
		"podquote.admin.password=correct horse battery", "podquote.import.aliases.[Ada\\ Lovelace]=Countess" })
@AutoConfigureMockMvc
class VoiceImportTest {

	private static ImportReport firstImport;

	@Autowired
	ImportJob job;

	@Autowired
	QuoteSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

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
				// a subtitle credit cue is nobody's: the WebVTT reader drops its "Subtitles" label
				tuple(2, null, "Audience member"), tuple(3, null, null));
	}

	@Test
	void markdownDropsLabelsThatAreNotPeopleAndKeepsGenericVoices() {
		assertThat(voices("recap")).containsExactly(tuple(0, null, "Speaker 2"), tuple(1, null, "Narrator"));
	}

	@Test
	void aRoleInTheLabelCreditsThePersonOnTheEpisode() {
		assertThat(jdbc.queryForList("""
				select s.name, c.role, c.role_group from credit c join speaker s on s.id = c.speaker_id
				join episode e on e.id = c.episode_id where e.slug = 'call-in'"""))
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

	@Test
	void theEpisodePageShowsEachVoiceByItsLabelAndNoNamingFormToReaders() throws Exception {
		Document page = page("/podcasts/night-desk/episodes/call-in");
		assertThat(page.select(".turn-head .voice").eachText()).containsExactly("Audio", "Speaker 0", "Speaker 1",
				"Speaker 2", "Unknown speaker");
		assertThat(page.select(".turn-head .speaker-link").eachText()).containsExactly("Jane Doe", "Jane Doe");
		assertThat(page.select(".credits").text()).isEqualTo("Jane Doe Host");
		assertThat(page.select(".voice-form")).isEmpty();
	}

	@Test
	void exportsAndTheApiGiveTheVoiceWhereThereIsNoPerson() throws Exception {
		String vtt = mvc.perform(get("/podcasts/morning-desk/episodes/panel/transcript.vtt"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(vtt).contains("<v Speaker 2>Morning panels sing saxophone oatmeal.")
			.contains("<v Audience member>Could you repeat the question?");
		mvc.perform(get("/api/v1/episodes/night-desk/call-in"))
			.andExpect(jsonPath("$.transcript[2].speaker").isEmpty())
			.andExpect(jsonPath("$.transcript[2].voice").value("Speaker 0"))
			.andExpect(jsonPath("$.transcript[1].speaker.slug").value("jane-doe"))
			.andExpect(jsonPath("$.transcript[1].voice").isEmpty())
			.andExpect(jsonPath("$.credits[0].name").value("Jane Doe"))
			.andExpect(jsonPath("$.credits[0].role").value("Host"))
			.andExpect(jsonPath("$.credits[0].group").value("Cast"));
	}

	@Test
	void theEpisodeApiListsCreditsWithRolesShownNormalised() throws Exception {
		mvc.perform(get("/api/v1/episodes/credit-roll/roll-1-the-guest"))
			.andExpect(jsonPath("$.credits[*].name", contains("Rita Regular", "Gwen Guesting", "Cody Cohost",
					"Sam Soundboard")))
			.andExpect(jsonPath("$.credits[*].role", contains("Host", "Guest", "Co-Host", "Sound Guy")))
			.andExpect(jsonPath("$.credits[*].group", contains("Cast", "Cast", "Cast", "Audio Post-Production")))
			.andExpect(jsonPath("$.credits[1].slug").value("gwen-guesting"))
			.andExpect(jsonPath("$.credits[1].url").value("http://localhost/speakers/gwen-guesting"));
	}

	@Test
	void aPersonCreditedButNotQuotedHasTheEpisodeOnTheirPage() throws Exception {
		Document page = page("/speakers/gwen-guesting");
		assertThat(page.select(".role").text()).isEqualTo("Guest");
		assertThat(page.select("#speaker-summary").text()).isEqualTo("Credited on 1 episode, not quoted in any transcript");
		assertThat(page.select("#credited .quote-episode a").eachText()).containsExactly("Roll 1: The Guest");
		assertThat(page.select("#credited .quote-episode a").attr("href"))
			.isEqualTo("/podcasts/credit-roll/episodes/roll-1-the-guest");
		assertThat(page.select("#credited .group-head").text()).contains("Guest").contains("credited, not quoted");
		assertThat(page.select(".empty-state")).isEmpty();
		mvc.perform(get("/api/v1/speakers/gwen-guesting"))
			.andExpect(jsonPath("$.appearances").value(0))
			.andExpect(jsonPath("$.creditedEpisodes").value(1))
			.andExpect(jsonPath("$.roles", contains("Guest")));
		// quoted where credited: the episode is among the quotes, not listed again
		Document jane = page("/speakers/jane-doe");
		assertThat(jane.select("#credited")).isEmpty();
		assertThat(jane.select("#speaker-summary").text()).startsWith("2 quotes in 1 episode");
	}

	@Test
	void voicesAreNeitherInThePeopleIndexNorInItsCount() throws Exception {
		Document people = page("/speakers");
		assertThat(people.select("main a[href^=/speakers/]").eachText()).anyMatch(text -> text.contains("Jane Doe"))
			.noneMatch(text -> text.matches(".*\\b(Speaker|Audio|Unknown|Subtitles|Narrator)\\b.*"));
		assertThat(people.select("main a[href^=/speakers/]").eachAttr("href"))
			.noneMatch(href -> href.matches("/speakers/(speaker|unknown|audio|subtitles).*"));
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString());
	}

	private List<org.assertj.core.groups.Tuple> voices(String episodeSlug) {
		return jdbc.queryForList("""
				select a.position, s.name, a.voice from appearance a join episode e on e.id = a.episode_id
				left join speaker s on s.id = a.speaker_id where e.slug = ? order by a.position""", episodeSlug)
			.stream()
			.map(row -> tuple(row.get("POSITION"), row.get("NAME"), row.get("VOICE")))
			.toList();
	}

}
