package org.podquote.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts of every table an import writes, to show that a failed import wrote nothing. */
final class LibraryRows {

	static final List<String> TABLES = List.of("podcast", "episode", "speaker", "appearance", "credit",
			"transcript_source");

	private LibraryRows() {
	}

	static Map<String, Long> count(JdbcTemplate jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	/** Every id of every such table, to show that a repeated import kept the same rows. */
	static Map<String, List<Long>> ids(JdbcTemplate jdbc) {
		Map<String, List<Long>> ids = new LinkedHashMap<>();
		for (String table : TABLES) {
			ids.put(table, jdbc.queryForList("select id from " + table + " order by id", Long.class));
		}
		return ids;
	}

}
