package org.podquote.importer.feed;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.podquote.importer.format.TranscriptParseException;
import org.podquote.system.WebAddresses;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Podcasting 2.0 JSON chapters file ({@code podcast:chapters type="application/json+chapters"}):
 * {@code {"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Intro"}, …]}}. Chapters the file
 * marks {@code "toc": false} are silent markers for apps, not entries of a table of contents, and are
 * left out; so is a chapter without a start time. A file that is not such JSON is an error with the
 * line where it goes wrong.
 */
public final class ChaptersReader {

	/** A chapter as the file gives it: the end is null where the file has none (the next chapter's start is). */
	public record ParsedChapter(Duration start, Duration end, String title, String url) {
	}

	/** At most this many characters of a title are kept: a table of contents has no room for essays. */
	static final int MAX_TITLE = 500;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ChaptersReader() {
	}

	public static List<ParsedChapter> read(String source, byte[] body) throws TranscriptParseException {
		JsonNode root;
		try {
			root = MAPPER.readTree(new String(body, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
			throw new TranscriptParseException(source, line, "not JSON chapters: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject() || !root.path("chapters").isArray()) {
			throw new TranscriptParseException(source, 0, "not JSON chapters: no \"chapters\" array");
		}
		List<ParsedChapter> chapters = new ArrayList<>();
		for (JsonNode chapter : root.path("chapters")) {
			Duration start = seconds(chapter.path("startTime"));
			if (start == null || chapter.path("toc").isBoolean() && !chapter.path("toc").asBoolean()) {
				continue;
			}
			String title = chapter.path("title").isString() ? chapter.path("title").asString().strip().replaceAll("\\s+", " ") : "";
			if (title.length() > MAX_TITLE) {
				title = title.substring(0, MAX_TITLE - 1).replaceAll("\\s+\\S*$", "") + "\u2026";
			}
			String url = chapter.path("url").isString() ? chapter.path("url").asString().strip() : null;
			Duration end = seconds(chapter.path("endTime"));
			chapters.add(new ParsedChapter(start, end != null && end.compareTo(start) > 0 ? end : null, title,
					WebAddresses.web(url)));
		}
		chapters.sort(Comparator.comparing(ParsedChapter::start));
		return chapters;
	}

	/** A number of seconds, or a string of one, as files write both; null for anything else or a negative. */
	private static Duration seconds(JsonNode value) {
		BigDecimal seconds;
		if (value.isNumber()) {
			seconds = value.decimalValue();
		}
		else if (value.isString() && value.asString().strip().matches("\\d{1,7}(\\.\\d{1,9})?")) {
			seconds = new BigDecimal(value.asString().strip());
		}
		else {
			return null;
		}
		if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
			return null;
		}
		return Duration.ofMillis(seconds.movePointRight(3).longValue());
	}

}
