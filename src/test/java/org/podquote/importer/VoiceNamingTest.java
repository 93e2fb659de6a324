package org.podquote.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.search.QuoteHit;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchPage;
import org.podquote.search.SearchQuery;
import org.podquote.system.Slugs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The admin names a voice on the episode page: "Speaker 1 is …". Each test imports a show of its
 * own, so that it never sees what another named.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.admin.username=admin",
		"podquote.admin.password=correct horse battery", "podquote.import.aliases.[Ada\\ Lovelace]=Countess" })
@AutoConfigureMockMvc
class VoiceNamingTest {

	static final String TRANSCRIPT = """
			{ "version": "1.0.0", "segments": [
				{ "speaker": "SPEAKER_1", "startTime": 0.0, "endTime": 3.0, "body": "%s" },
				{ "speaker": "SPEAKER_2", "startTime": 3.0, "endTime": 6.0, "body": "And I am the other voice." },
				{ "speaker": "SPEAKER_1", "startTime": 6.0, "endTime": 9.0, "body": "%s" }
			] }""";

	@Autowired
	ImportJob job;

	@Autowired
	QuoteSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path temp;

	@Test
	void theSignedInAdminSeesAFormForEachGenericVoice() throws Exception {
		String episode = show("Form Desk", "Walrus cymbals at dawn.", "More walrus cymbals.");
		Document page = Jsoup.parse(mvc.perform(get(episode).with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".voice-form label").eachText()).containsExactly("Speaker 1 is", "Speaker 2 is");
		assertThat(page.select(".voice-form").first().attr("action"))
			.isEqualTo("/admin/podcasts/form-desk/episodes/pilot/voices");
		assertThat(page.select(".voice-form input[name=_csrf]")).hasSize(2);
		assertThat(page.select(".voice-form input[name=voice]").eachAttr("value")).containsExactly("Speaker 1",
				"Speaker 2");
	}

	@Test
	void namingAVoiceGivesItsQuotesToThePersonAndTheSearchIndexFollows() throws Exception {
		String episode = show("Naming Desk", "Walrus tambourines in autumn.", "Tambourines again.");
		assertThat(hits("walrus tambourines").hits()).singleElement()
			.satisfies(hit -> assertThat(hit.quote().voice()).isEqualTo("Speaker 1"));

		MvcResult named = mvc.perform(post("/admin/podcasts/naming-desk/episodes/pilot/voices").param("voice", "Speaker 1")
			.param("name", "  Wendy   Walrus ")
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andReturn();

		assertThat(named.getResponse().getRedirectedUrl()).isEqualTo(episode);
		assertThat(quotes("naming-desk")).containsExactly(tuple(0, "Wendy Walrus", "Speaker 1", "MANUAL"),
				tuple(1, null, "Speaker 2", "TRANSCRIPT_LABEL"), tuple(2, "Wendy Walrus", "Speaker 1", "MANUAL"));
		SearchPage<QuoteHit> found = hits("walrus tambourines");
		assertThat(found.hits()).singleElement()
			.satisfies(hit -> assertThat(hit.quote().speakerSlug()).isEqualTo("wendy-walrus"));
		assertThat(found.facets().speakers()).extracting(f -> f.label()).containsExactly("Wendy Walrus");
		Document page = Jsoup.parse(mvc.perform(get(episode).flashAttrs(named.getFlashMap())
			.with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".notice").text()).isEqualTo("Speaker 1 is now Wendy Walrus: 2 quotes.");
		assertThat(page.select(".turn-head .speaker-link").eachText()).containsExactly("Wendy Walrus", "Wendy Walrus");
		assertThat(page.select(".voice-form label").eachText()).containsExactly("Speaker 2 is");
	}

	@Test
	void anAliasNamesThePersonItStandsFor() throws Exception {
		show("Alias Desk", "Engines weave algebra.", "Looms weave flowers.");
		mvc.perform(post("/admin/podcasts/alias-desk/episodes/pilot/voices").param("voice", "Speaker 2")
			.param("name", " COUNTESS ")
			.with(csrf())
			.with(user("admin").roles("ADMIN")));
		assertThat(quotes("alias-desk")).extracting(t -> t.toList().get(1)).containsExactly(null, "Ada Lovelace", null);
	}

	@Test
	void aNewVersionOfTheTranscriptKeepsTheNamesGiven() throws Exception {
		Path show = Files.createDirectory(temp.resolve("Rerun Desk"));
		Path file = show.resolve("pilot.json");
		Files.writeString(file, TRANSCRIPT.formatted("First take.", "Second line."), StandardCharsets.UTF_8);
		assertThat(job.run(List.of(show.toString()), null, ImportJob.Progress.NONE).imported()).isEqualTo(1);
		mvc.perform(post("/admin/podcasts/rerun-desk/episodes/pilot/voices").param("voice", "Speaker 1")
			.param("name", "Rhea Rerun")
			.with(csrf())
			.with(user("admin").roles("ADMIN")));

		Files.writeString(file, TRANSCRIPT.formatted("Second take.", "Second line."), StandardCharsets.UTF_8);
		assertThat(job.run(List.of(show.toString()), null, ImportJob.Progress.NONE).replaced()).isEqualTo(1);

		assertThat(quotes("rerun-desk")).containsExactly(tuple(0, "Rhea Rerun", "Speaker 1", "MANUAL"),
				tuple(1, null, "Speaker 2", "TRANSCRIPT_LABEL"), tuple(2, "Rhea Rerun", "Speaker 1", "MANUAL"));
		assertThat(hits("second take").hits()).singleElement()
			.satisfies(hit -> assertThat(hit.quote().speakerSlug()).isEqualTo("rhea-rerun"));
	}

	@Test
	void aNameThatIsNoNameOrAPostWithoutSignInOrTokenChangesNothing() throws Exception {
		String episode = show("Refusal Desk", "Nothing to see.", "Still nothing.");
		List<?> before = quotes("refusal-desk");
		String url = "/admin/podcasts/refusal-desk/episodes/pilot/voices";

		for (String name : List.of("   ", "Speaker 3", "Music")) {
			MvcResult refused = mvc.perform(post(url).param("voice", "Speaker 1")
				.param("name", name)
				.with(csrf())
				.with(user("admin").roles("ADMIN"))).andReturn();
			assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(episode + "#voices");
			assertThat(refused.getFlashMap().get("voiceError")).isNotNull();
		}
		MvcResult gone = mvc.perform(post(url).param("voice", "Speaker 9")
			.param("name", "Nina Nobody")
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andReturn();
		Document page = Jsoup.parse(mvc.perform(get(episode).flashAttrs(gone.getFlashMap())
			.with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".notice.error").text()).isEqualTo("Speaker 9 has no unnamed quotes in this episode any more.");

		assertThat(mvc.perform(post(url).param("voice", "Speaker 1").param("name", "Eve").with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/login");
		assertThat(mvc.perform(post(url).param("voice", "Speaker 1").param("name", "Eve").with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(quotes("refusal-desk")).isEqualTo(before);
		assertThat(jdbc.queryForList("select name from speaker where name in ('Eve', 'Nina Nobody', 'Music')")).isEmpty();
	}

	/** Imports a show with one episode, "pilot", voiced by SPEAKER_1 and SPEAKER_2; its page URL. */
	private String show(String podcast, String first, String third) throws Exception {
		Path show = Files.createDirectory(temp.resolve(podcast));
		Files.writeString(show.resolve("pilot.json"), TRANSCRIPT.formatted(first, third), StandardCharsets.UTF_8);
		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);
		assertThat(report.failures()).isEmpty();
		return "/podcasts/" + org.podquote.system.Slugs.of(podcast) + "/episodes/pilot";
	}

	private SearchPage<QuoteHit> hits(String words) {
		return search.search(new SearchQuery(words, null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 0, 10,
				true));
	}

	private List<org.assertj.core.groups.Tuple> quotes(String podcastSlug) {
		return jdbc.queryForList("""
				select a.position, s.name, a.voice, a.attribution from appearance a join episode e on e.id = a.episode_id
				join podcast p on p.id = e.podcast_id left join speaker s on s.id = a.speaker_id
				where p.slug = ? order by a.position""", podcastSlug)
			.stream()
			.map(row -> tuple(row.get("POSITION"), row.get("NAME"), row.get("VOICE"), row.get("ATTRIBUTION")))
			.toList();
	}

}
