package org.podquote.appearance;

import java.io.StringReader;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.podquote.stats.LibraryStats;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A speaker's quotes come newest episode first, undated last, in spoken order within an episode,
 * through every door that lists them: the API, the Atom feed and the CSV. The rows are written in
 * an order that their ids must not give away (the older episode first, later positions before
 * earlier ones), since a database is free to return unsorted rows in id order, as H2 does, or in
 * any other, as PostgreSQL does.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.test.context=appearance-order" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppearanceOrderTest {

	/** Olive's quotes as they must be listed. */
	static final List<String> NEWEST_FIRST = List.of("Same day, a later episode, first words.",
			"Newer episode, first words.", "Newer episode, second words.", "Older episode, first words.",
			"Older episode, second words.", "Undated episode, first words.");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	void writeALibraryWhoseIdsAreNotItsOrder() {
		long podcast = insert("podcast", Map.of("slug", "order-hall", "title", "Order Hall"));
		long olive = insert("speaker", Map.of("slug", "olive-order", "name", "Olive Order", "name_key", "olive order"));
		long other = insert("speaker", Map.of("slug", "otto-other", "name", "Otto Other", "name_key", "otto other"));
		long older = episode(podcast, "older", LocalDate.of(2024, 1, 10));
		long undated = episode(podcast, "undated", null);
		long newer = episode(podcast, "newer", LocalDate.of(2025, 6, 1));
		long sameDay = episode(podcast, "same-day", LocalDate.of(2025, 6, 1));
		appearance(older, olive, 1, "Older episode, second words.");
		appearance(older, olive, 0, "Older episode, first words.");
		appearance(undated, olive, 0, "Undated episode, first words.");
		appearance(newer, olive, 2, "Newer episode, second words.");
		appearance(newer, other, 1, "Someone else between them.");
		appearance(newer, olive, 0, "Newer episode, first words.");
		appearance(sameDay, olive, 0, "Same day, a later episode, first words.");
		// and counted as an import counts them: the lists read a person's episodes from the counts
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			LibraryStats.refresh(connection, List.of(older, undated, newer, sameDay));
			return null;
		});
	}

	@Test
	void theApiListsAPersonsQuotesNewestFirstOnEveryPage() throws Exception {
		assertThat(apiTexts("/api/v1/speakers/olive-order/appearances")).containsExactlyElementsOf(NEWEST_FIRST);
		List<String> paged = new ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			paged.addAll(apiTexts("/api/v1/speakers/olive-order/appearances?size=2&page=" + page));
		}
		assertThat(paged).containsExactlyElementsOf(NEWEST_FIRST);
	}

	@Test
	void theAtomFeedHasThemNewestFirst() throws Exception {
		String feed = body("/feeds/speakers/olive-order.atom");
		assertThat(Jsoup.parse(feed, Parser.xmlParser()).select("feed > entry > content").eachText())
			.containsExactlyElementsOf(NEWEST_FIRST);
	}

	@Test
	void theCsvHasThemNewestFirst() throws Exception {
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(new StringReader(body("/speakers/olive-order/appearances.csv")))
			.getRecords();
		assertThat(rows).extracting(row -> row.get("text")).containsExactlyElementsOf(NEWEST_FIRST);
	}

	private List<String> apiTexts(String url) throws Exception {
		return JsonPath.read(body(url), "$.items[*].text");
	}

	private String body(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long episode(long podcast, String slug, LocalDate publishedOn) {
		Map<String, Object> row = new HashMap<>(
				Map.of("podcast_id", podcast, "slug", slug, "guid", "order:" + slug, "title", slug));
		row.put("published_on", publishedOn == null ? null : Date.valueOf(publishedOn));
		return insert("episode", row);
	}

	/** Quote ids are handed out by the application (a sequence, V15); these go downwards, against the order. */
	private long nextQuoteId = 90_000;

	private void appearance(long episode, long speaker, int position, String text) {
		jdbc.update("insert into appearance (id, episode_id, speaker_id, position, text, heading, attribution) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", nextQuoteId--, episode, speaker, position, text, false,
				Attribution.TRANSCRIPT_LABEL.name());
	}

	private long insert(String table, Map<String, Object> row) {
		// the columns are given: no need to read them from the database's catalogue, where
		// PostgreSQL's lookup would miss a schema that is not "public"
		return new SimpleJdbcInsert(jdbc).withTableName(table)
			.withoutTableColumnMetaDataAccess()
			.usingColumns(row.keySet().toArray(String[]::new))
			.usingGeneratedKeyColumns("id")
			.executeAndReturnKey(row)
			.longValue();
	}

}
