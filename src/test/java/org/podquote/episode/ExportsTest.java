package org.podquote.episode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.podquote.importer.EpisodeTarget;
import org.podquote.importer.TranscriptImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Downloads, and that a JSON export imports back to the same quotes. Adds episodes, so its own context. */
@SpringBootTest(properties = "podquote.test.context=exports")
@AutoConfigureMockMvc
class ExportsTest {

	static final String SEED = "/podcasts/lesswrong-curated-popular/episodes/the-persona-selection-model-by-sam-marks";

	static final String TIMED_VTT = """
			WEBVTT

			00:00:01.000 --> 00:00:04.000
			<v Ada Lovelace>The engine might compose elaborate pieces of music.

			00:00:04.500 --> 00:00:09.000
			<v Charles Babbage>Of any degree of complexity or extent, she wrote.

			00:00:09.500 --> 00:00:12.250
			<v Ada Lovelace>Indeed & <i>more</i>.
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TranscriptImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aJsonExportImportsBackToTheSameQuotes() throws Exception {
		byte[] export = download(SEED + "/transcript.json", "application/json");

		TranscriptImporter.Outcome outcome = importer.importTranscript("export.json", "export.json", export,
				EpisodeTarget.loose("Round Trip", "round-trip-seed", "Round trip of the seed"));

		assertThat(outcome.status()).isEqualTo(TranscriptImporter.Status.IMPORTED);
		assertThat(rows("Round trip of the seed")).isEqualTo(rows("\"The persona selection model\" by Sam Marks"));
	}

	@Test
	void aTimedTranscriptKeepsItsTimesThroughTheJsonExport() throws Exception {
		importer.importTranscript("talk.vtt", "talk.vtt", TIMED_VTT.getBytes(StandardCharsets.UTF_8),
				EpisodeTarget.loose("Engines", "talk", "Talk"));
		byte[] export = download("/podcasts/engines/episodes/talk/transcript.json", "application/json");
		importer.importTranscript("talk.json", "talk.json", export, EpisodeTarget.loose("Engines", "talk-again", "Talk again"));

		List<Map<String, Object>> original = rows("Talk");
		assertThat(original).hasSize(3);
		assertThat(original.get(2)).containsEntry("TEXT", "Indeed & more.").containsEntry("START_MS", 9500L);
		assertThat(rows("Talk again")).isEqualTo(original);
	}

	@Test
	void textFormatsCarrySpeakersAndTimes() throws Exception {
		importer.importTranscript("cues.vtt", "cues.vtt", TIMED_VTT.getBytes(StandardCharsets.UTF_8),
				EpisodeTarget.loose("Cues", "cues", "Cues"));
		String base = "/podcasts/cues/episodes/cues/transcript.";

		assertThat(new String(download(base + "srt", "application/x-subrip"), StandardCharsets.UTF_8))
			.startsWith("1\n00:00:01,000 --> 00:00:04,000\nAda Lovelace: The engine might compose");
		assertThat(new String(download(base + "vtt", "text/vtt"), StandardCharsets.UTF_8))
			.startsWith("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ada Lovelace>The engine")
			.contains("Indeed &amp; more.");
		assertThat(new String(download(base + "md", "text/markdown"), StandardCharsets.UTF_8))
			.startsWith("**Ada Lovelace (0:01):** The engine might compose");
		assertThat(new String(download(base + "txt", "text/plain"), StandardCharsets.UTF_8))
			.contains("\n\nCharles Babbage (0:04): Of any degree");
		assertThat(mvc.perform(get(base + "doc")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void speakerAndSearchDownloadsAreCsv() throws Exception {
		String speaker = new String(download("/speakers/sam-marks/appearances.csv", "text/csv"), StandardCharsets.UTF_8);
		List<String> lines = speaker.lines().toList();
		assertThat(lines.get(0)).isEqualTo("id,published,podcast,episode,speaker,position,start_seconds,text,url");
		assertThat(lines).hasSize(21);
		assertThat(lines.get(1)).contains(",2026-02-25,LessWrong (Curated & Popular),\"\"\"The persona selection model\"\" by Sam Marks\",Sam Marks,0,,")
			.endsWith(SEED + "#a" + jdbc.queryForObject(
					"select a.id from appearance a join episode e on e.id = a.episode_id where e.slug = 'the-persona-selection-model-by-sam-marks' and a.position = 0",
					Long.class));

		String search = new String(download("/search.csv?q=%22role+models%22", "text/csv"), StandardCharsets.UTF_8);
		assertThat(search.lines()).hasSize(3);
	}

	private byte[] download(String path, String type) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith(type);
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=");
		return result.getResponse().getContentAsByteArray();
	}

	private List<Map<String, Object>> rows(String episodeTitle) {
		return jdbc.queryForList("""
				select a.position, a.text, a.heading, a.start_ms, a.end_ms, s.name speaker
				from appearance a join episode e on e.id = a.episode_id left join speaker s on s.id = a.speaker_id
				where e.title = ? order by a.position""", episodeTitle);
	}

}
