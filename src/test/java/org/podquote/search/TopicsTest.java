package org.podquote.search;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podquote.importer.EpisodeTarget;
import org.podquote.importer.TranscriptImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Two speakers with different subjects: each one's topics are their own. */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.test.context=topics" })
@AutoConfigureMockMvc
class TopicsTest {

	@Autowired
	TranscriptImporter importer;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void twoSpeakers() {
		StringBuilder talk = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			talk.append("**Grace:** The compiler turns source into machine code, and the compiler checks types ")
				.append(i).append(".\n\n");
			talk.append("**Linus:** The kernel schedules processes, and a patch to the kernel needs review ")
				.append(i).append(".\n\n");
		}
		importer.importTranscript("talk.md", "talk.md", talk.toString().getBytes(StandardCharsets.UTF_8),
				EpisodeTarget.loose("Systems", "talk", "Talk"));
	}

	@Test
	void aSpeakersTopicsAreWhatTheySayMoreThanOthers() throws Exception {
		List<String> grace = topics("/topics?speaker=grace");
		List<String> linus = topics("/topics?speaker=linus");

		assertThat(grace).contains("compiler").doesNotContain("kernel");
		assertThat(linus).contains("kernel").doesNotContain("compiler");
		Document page = page("/topics?speaker=grace");
		assertThat(page.select(".topic-cloud a:contains(compiler)").attr("href")).isEqualTo("/search?q=compiler&speaker=grace");
		assertThat(page.select(".topic-cloud li:has(a:matchesOwn(^compiler$)) .count").text()).isEqualTo("12 here \u00b7 12 in the library");
	}

	@Test
	void theLibraryShowsItsCommonTopicsAndPhrasesLinkAsPhrases() throws Exception {
		Document page = page("/topics");
		assertThat(page.select(".topic-cloud a").eachText()).contains("compiler", "kernel");
		assertThat(page.select(".topic-cloud li.phrase a").eachAttr("href"))
			.allSatisfy(href -> assertThat(href).startsWith("/search?q=%22"));
		assertThat(mvc.perform(get("/topics?speaker=nobody")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private List<String> topics(String path) throws Exception {
		return page(path).select(".topic-cloud a").eachText();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

}
