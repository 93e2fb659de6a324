package org.podquote.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.Attribution;
import org.podquote.appearance.Substance;
import org.podquote.episode.Episode;
import org.podquote.search.QuoteHit;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import writes quotes in JDBC batches past the persistence context ({@link QuoteWriter}):
 * each row holds what the entity held, each quote is in the index under its own id, the maintained
 * counts follow, and ids stay unique when quotes persisted through the session (an admin's, a
 * captured page's) come between two imports. Shares its context with the other import tests, so
 * it keeps to its own podcasts.
 */
@SpringBootTest(properties = { "podquote.seed=false",
		"podquote.import.aliases.[Ada\\ Lovelace]=Countess,The Countess" })
class QuoteWriterTest {

	@Autowired
	ImportJob job;

	@Autowired
	QuoteSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AppearanceRepository appearances;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@TempDir
	Path temp;

	@Test
	void eachRowHoldsWhatTheQuoteHeldAndTheIndexFindsItUnderItsId() throws Exception {
		Path file = temp.resolve("Writer Hour").resolve("loom-talk.vtt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, """
				WEBVTT

				00:00:01.000 --> 00:00:04.000
				<v Ada Lovelace>The quillwort engine weaves algebraic patterns.

				00:00:04.000 --> 00:00:07.500
				<v Speaker 1>Yeah.

				00:00:08.000 --> 00:00:11.000
				<v Charles Babbage>[laughs] My difference engine counts quillwort seeds.
				""", StandardCharsets.UTF_8);

		ImportReport report = job.run(List.of(file.getParent().toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).isEmpty();
		List<Map<String, Object>> rows = jdbc.queryForList("""
				select a.id, a.position, a.text, a.substance, a.heading, a.start_ms, a.end_ms, a.attribution, a.voice,
				       a.lead, s.name, a.episode_id
				from appearance a join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id
				left join speaker s on s.id = a.speaker_id where p.title = 'Writer Hour' order by a.position""");
		assertThat(rows).extracting(row -> row.get("TEXT"))
			.containsExactly("The quillwort engine weaves algebraic patterns.", "Yeah.",
					"[laughs] My difference engine counts quillwort seeds.");
		assertThat(rows).extracting(row -> row.get("NAME")).containsExactly("Ada Lovelace", null, "Charles Babbage");
		assertThat(rows).extracting(row -> row.get("VOICE")).containsExactly(null, "Speaker 1", null);
		assertThat(rows).extracting(row -> row.get("START_MS")).containsExactly(1_000L, 4_000L, 8_000L);
		assertThat(rows).extracting(row -> row.get("END_MS")).containsExactly(4_000L, 7_500L, 11_000L);
		assertThat(rows).extracting(row -> row.get("ATTRIBUTION"))
			.containsOnly(Attribution.TRANSCRIPT_LABEL.name());
		assertThat(rows).allSatisfy(row -> assertThat(row.get("SUBSTANCE")).isEqualTo(Substance.of((String) row.get("TEXT"))));
		assertThat(rows).allSatisfy(row -> assertThat(row.get("HEADING")).isEqualTo(false));

		// the index holds each row under its id, with the text of that row
		List<QuoteHit> hits = search.search(SearchQuery.of("quillwort", 0, 10)).hits();
		assertThat(hits).extracting(hit -> hit.quote().id())
			.containsExactlyInAnyOrder((Long) rows.get(0).get("ID"), (Long) rows.get(2).get("ID"));
		assertThat(hits).allSatisfy(hit -> assertThat(hit.quote().text())
			.isEqualTo(rows.stream().filter(row -> row.get("ID").equals(hit.quote().id())).findFirst().orElseThrow().get("TEXT")));

		// the maintained counts were recounted in the import's transaction
		long episode = (Long) rows.get(0).get("EPISODE_ID");
		assertThat(jdbc.queryForObject("select quotes from episode_stats where episode_id = ?", Long.class, episode))
			.isEqualTo(3);
		assertThat(jdbc.queryForObject("""
				select t.quotes from speaker_stats t join speaker s on s.id = t.speaker_id where s.name = 'Charles Babbage'""",
				Long.class)).isEqualTo(1);
	}

	@Test
	void idsStayUniqueWhenAQuotePersistedThroughTheSessionComesBetweenTwoImports() throws Exception {
		Path first = write("Id Hour", "one.md", "**Ada Lovelace:** Sprocketfern one.\n\n**Grace Hopper:** Sprocketfern two.\n");
		assertThat(job.run(List.of(first.toString()), null, ImportJob.Progress.NONE).failures()).isEmpty();
		long episodeId = jdbc.queryForObject("""
				select e.id from episode e join podcast p on p.id = e.podcast_id where p.title = 'Id Hour'""", Long.class);
		Long persisted = transactions.execute(tx -> appearances
			.save(new Appearance(entityManager.find(Episode.class, episodeId), null, 2, "Sprocketfern by hand.",
					Attribution.MANUAL))
			.getId());
		Path second = write("Id Hour", "two.md", "**Ada Lovelace:** Sprocketfern three.\n\n**Grace Hopper:** Sprocketfern four.\n");
		assertThat(job.run(List.of(second.toString()), null, ImportJob.Progress.NONE).failures()).isEmpty();

		List<Long> ids = jdbc.queryForList("""
				select a.id from appearance a join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id
				where p.title = 'Id Hour' order by a.id""", Long.class);
		assertThat(ids).hasSize(5).doesNotHaveDuplicates().contains(persisted);
		assertThat(search.search(SearchQuery.of("sprocketfern", 0, 10)).hits()).extracting(hit -> hit.quote().id())
			.containsExactlyInAnyOrderElementsOf(ids);
	}

	private Path write(String podcast, String name, String content) throws Exception {
		Path file = temp.resolve(podcast).resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

}
