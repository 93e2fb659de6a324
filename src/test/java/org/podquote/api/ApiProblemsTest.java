package org.podquote.api;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.ExportLimits;
import org.podquote.episode.CreditRepository;
import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.ImportTimes;
import org.podquote.podcast.Podcast;
import org.podquote.podcast.PodcastRepository;
import org.podquote.search.LibraryCache;
import org.podquote.search.QuoteSearch;
import org.podquote.speaker.SpeakerQuoteList;
import org.podquote.speaker.SpeakerRepository;
import org.podquote.speaker.SpeakingTimes;
import org.podquote.system.PublicUrls;
import org.podquote.timeline.TimelineRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How the API answers what it cannot serve, on the web layer alone: the controllers, their
 * parameter validation and {@link ApiProblems}, with the search and the repositories mocked. A bad
 * parameter is refused before anything is looked up; an unknown slug or id is one the repositories
 * do not find. The servlet filters (security, conditional GETs) are left out: ApiTest covers them
 * on the whole app.
 */
// The pages' own additions (a person's page, a phrase over time on the search page) are web
// configuration the slice would take in with the services they need; the API's problems are not theirs.
@WebMvcTest(controllers = { SearchApi.class, SpeakerApi.class, LibraryApi.class }, excludeFilters = @Filter(
		type = FilterType.REGEX, pattern = { "org\\.podquote\\.search\\.PhraseOverTime", "org\\.podquote\\.speaker\\.PersonPage" }))
@AutoConfigureMockMvc(addFilters = false)
@Import(ApiProblemsTest.Urls.class)
class ApiProblemsTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	QuoteSearch search;

	@MockitoBean
	SpeakerRepository speakers;

	@MockitoBean
	AppearanceRepository appearances;

	@MockitoBean
	SpeakerQuoteList quoteList;

	@MockitoBean
	TimelineRepository timelines;

	@MockitoBean
	PodcastRepository podcasts;

	@MockitoBean
	EpisodeRepository episodes;

	@MockitoBean
	ImportTimes importTimes;

	@MockitoBean
	CreditRepository credits;

	@MockitoBean
	SpeakingTimes speakingTimes;

	/** What the conditional-GET filter keeps the latest import in; the slice has no library version to key it. */
	@MockitoBean
	LibraryCache libraryCache;

	/** The links in answers, which the slice leaves out with the rest of the app's configuration. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Urls {

		/** The CSV filter's bounds, which the slice picks up with the filters. */
		@Bean
		ExportLimits exportLimits() {
			return new ExportLimits(10_000, 1, 4);
		}

		@Bean
		PublicUrls publicUrls() {
			return new PublicUrls(null, false, null);
		}

	}

	@BeforeEach
	void theSeedsPodcastExists() {
		given(podcasts.findBySlug("lesswrong-curated-popular"))
			.willReturn(Optional.of(new Podcast("lesswrong-curated-popular", "LessWrong (Curated & Popular)")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/search?q=x&size=0                      | size
			/api/v1/search?q=x&size=101                    | size
			/api/v1/search?q=x&size=ten                    | size
			/api/v1/search?q=x&page=0                      | page
			/api/v1/search?q=x&page=-3                     | page
			/api/v1/search?q=x&page=two                    | page
			/api/v1/search?q=x&page=600&size=20            | page
			/api/v1/search?q=x&from=yesterday              | from
			/api/v1/search?q=x&to=2026-13                  | to
			/api/v1/search?q=x&sort=loudest                | sort
			/api/v1/search                                 | q
			/api/v1/search?q=                              | q
			/api/v1/speakers?size=500                      | size
			/api/v1/speakers?page=0                        | page
			/api/v1/speakers/sam-marks/appearances?size=0  | size
			/api/v1/speakers/sam-marks/timeline?bucket=week | bucket
			/api/v1/podcasts?page=x                        | page
			/api/v1/podcasts/lesswrong-curated-popular/episodes?size=1000 | size
			/api/v1/quotes/abc                             | id
			""")
	void badParametersAreProblemsNamingTheParameter(String url, String parameter) throws Exception {
		mvc.perform(get(url))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Bad parameter"))
			.andExpect(jsonPath("$.parameter").value(parameter))
			.andExpect(jsonPath("$.detail", startsWith(parameter)))
			.andExpect(jsonPath("$.instance").value(url.replaceAll("\\?.*", "")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			/api/v1/speakers/nobody                      | slug    | No speaker has the slug 'nobody'.
			/api/v1/speakers/nobody/appearances          | slug    | No speaker has the slug 'nobody'.
			/api/v1/speakers/nobody/timeline             | slug    | No speaker has the slug 'nobody'.
			/api/v1/podcasts/nothing                     | slug    | No podcast has the slug 'nothing'.
			/api/v1/podcasts/nothing/episodes            | slug    | No podcast has the slug 'nothing'.
			/api/v1/episodes/nothing/the-persona-selection-model-by-sam-marks | podcast | No podcast has the slug 'nothing'.
			/api/v1/episodes/lesswrong-curated-popular/nothing | episode | The podcast 'lesswrong-curated-popular' has no episode 'nothing'.
			/api/v1/quotes/999999                        | id      | No quote has the id 999999.
			""")
	void unknownThingsAreNotFoundProblems(String url, String parameter, String detail) throws Exception {
		mvc.perform(get(url))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.parameter").value(parameter))
			.andExpect(jsonPath("$.detail").value(detail))
			.andExpect(jsonPath("$.instance").value(url));
	}

}
