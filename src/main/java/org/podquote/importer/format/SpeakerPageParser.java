package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.podquote.system.CleanText;

/**
 * Reads the captured speaker-page text: a menu line, the speaker's name, a role line behind an
 * icon (often mojibake), the site's {@code N total appearances}, the headings
 * {@code Appearances Over Time} and {@code Podcast Appearances}, then per quote a block of
 * podcast and episode title lines and a block with the quote. Narrated headings start with
 * {@code Subheading}.
 */
public class SpeakerPageParser {

	public static final String FORMAT = "speaker-page";

	private static final Pattern SITE_TOTAL = Pattern.compile("^[\\d,.]+\\s+total\\s+appearances?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SITE_TOTAL_LINE = Pattern.compile("^[\\d,.]+\\s+total\\s+appearances?\\s*$",
			Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

	private static final Pattern ROLE_WORD = Pattern.compile("[A-Za-z][A-Za-z&'-]*");

	private static final String MENU = "Menu";

	private static final String CHART_HEADING = "Appearances Over Time";

	private static final String LIST_HEADING = "Podcast Appearances";

	private static final String SUBHEADING = "Subheading ";

	/** The longest titles the library holds (the {@code podcast.title} and {@code episode.title} columns). */
	private static final int MAX_PODCAST_TITLE = 500;

	private static final int MAX_EPISODE_TITLE = 1000;

	private static void checkLength(String source, int line, String field, String value, int limit)
			throws TranscriptParseException {
		if (value.length() > limit) {
			throw new TranscriptParseException(source, line, String.format(
					"the %s is %,d characters long, longer than the %,d the library holds", field, value.length(), limit));
		}
	}

	/** Whether the text looks like a captured speaker page. */
	public boolean accepts(String content) {
		return content.contains(LIST_HEADING) && SITE_TOTAL_LINE.matcher(content).find();
	}

	public CapturedPage parse(String source, String content) throws TranscriptParseException {
		Lines lines = new Lines(source, content);
		if (!lines.skipBlank()) {
			throw new TranscriptParseException(source, 0, "the file is empty");
		}
		if (lines.current().equals(MENU)) {
			lines.advance();
			lines.skipBlank();
			// the site's menu entries
			lines.advance();
			lines.skipBlank();
		}
		if (lines.atEnd()) {
			throw new TranscriptParseException(source, lines.number(), "expected the speaker's name");
		}
		String name = lines.current();
		if (SITE_TOTAL.matcher(name).matches() || name.equals(LIST_HEADING)) {
			throw lines.error("expected the speaker's name, found \"" + name + "\"");
		}
		int bidi = CleanText.bidiControl(name);
		if (bidi >= 0) {
			throw lines.error("the name \"" + CleanText.name(name) + "\" holds the bidirectional control "
					+ CleanText.codePoint(name.charAt(bidi)) + ", which can make it show as another name; remove it");
		}
		lines.advance();

		String role = null;
		String siteTotal = null;
		while (lines.skipBlank()) {
			String line = lines.current();
			if (SITE_TOTAL.matcher(line).matches()) {
				siteTotal = line;
				lines.advance();
				break;
			}
			if (line.equals(CHART_HEADING) || line.equals(LIST_HEADING)) {
				break;
			}
			if (role == null) {
				role = roleOf(line);
			}
			lines.advance();
		}
		if (siteTotal == null) {
			throw lines.error("expected a line such as \"891 total appearances\" after the speaker's role");
		}
		boolean listFound = false;
		while (lines.skipBlank()) {
			String line = lines.current();
			lines.advance();
			if (line.equals(LIST_HEADING)) {
				listFound = true;
				break;
			}
			if (!line.equals(CHART_HEADING)) {
				throw lines.error("expected the heading \"" + LIST_HEADING + "\", found \"" + line + "\"", -1);
			}
		}
		if (!listFound) {
			throw lines.error("the heading \"" + LIST_HEADING + "\" is missing");
		}

		List<CapturedPage.Quote> quotes = new ArrayList<>();
		while (lines.skipBlank()) {
			int blockLine = lines.number();
			List<String> header = lines.block();
			if (header.size() != 2) {
				throw new TranscriptParseException(source, blockLine,
						"expected the podcast and the episode title on two lines, found " + header.size()
								+ " line" + (header.size() == 1 ? "" : "s"));
			}
			if (!lines.skipBlank()) {
				throw new TranscriptParseException(source, blockLine,
						"the appearance in \"" + header.get(1) + "\" has no quote");
			}
			checkLength(source, blockLine, "podcast title", header.get(0), MAX_PODCAST_TITLE);
			checkLength(source, blockLine + 1, "episode title", header.get(1), MAX_EPISODE_TITLE);
			int quoteLine = lines.number();
			String text = CleanText.text(String.join(" ", lines.block())).strip().replaceAll("\\s+", " ");
			boolean heading = text.startsWith(SUBHEADING);
			if (heading) {
				text = text.substring(SUBHEADING.length()).strip();
			}
			quotes.add(new CapturedPage.Quote(header.get(0), header.get(1), text, heading, quoteLine));
		}
		if (quotes.isEmpty()) {
			throw lines.error("the page lists no appearances");
		}
		return new CapturedPage(name, role == null ? "Speaker" : role, siteTotal, quotes);
	}

	/** "๐Ÿ‘ค Speaker" is "Speaker": the role is the trailing run of plain words. */
	static String roleOf(String line) {
		String[] tokens = line.strip().split("\\s+");
		int start = tokens.length;
		while (start > 0 && ROLE_WORD.matcher(tokens[start - 1]).matches()) {
			start--;
		}
		if (start == tokens.length) {
			return null;
		}
		return String.join(" ", Arrays.asList(tokens).subList(start, tokens.length));
	}

	/** A cursor over the lines, keeping 1-based numbers for messages. */
	private static final class Lines {

		private final String source;

		private final String[] lines;

		private int index;

		Lines(String source, String content) {
			this.source = source;
			String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
			this.lines = text.split("\\r?\\n", -1);
		}

		boolean atEnd() {
			return index >= lines.length;
		}

		String current() {
			return lines[index].strip();
		}

		void advance() {
			index++;
		}

		int number() {
			return Math.min(index, lines.length - 1) + 1;
		}

		/** Moves to the next non-blank line; false at the end. */
		boolean skipBlank() {
			while (!atEnd() && lines[index].isBlank()) {
				index++;
			}
			return !atEnd();
		}

		/** The lines up to the next blank line. */
		List<String> block() {
			List<String> block = new ArrayList<>();
			while (!atEnd() && !lines[index].isBlank()) {
				block.add(lines[index].strip());
				index++;
			}
			return block;
		}

		TranscriptParseException error(String message) {
			return error(message, 0);
		}

		TranscriptParseException error(String message, int offset) {
			return new TranscriptParseException(source, Math.max(1, number() + offset), message);
		}

	}

}
