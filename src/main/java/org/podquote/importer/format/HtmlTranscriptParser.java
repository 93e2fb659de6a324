package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podquote.importer.format.ParsedTranscript.Segment;

/**
 * Transcript HTML as the Podcasting 2.0 spec shows it: {@code <cite>Name:</cite>} names the
 * speaker, {@code <time>0:09</time>} the start of the next paragraph, {@code <p>} holds the speech.
 * Read with a tolerant scanner rather than an XML parser because such files are fragments, often
 * with unclosed {@code <p>}. Text outside {@code <p>} is not speech (titles, navigation).
 */
class HtmlTranscriptParser implements TranscriptParser {

	static final String FORMAT = "html";

	/** The start of a part whose text is never speech: a comment, a script, the head. */
	private static final Pattern NOT_SPEECH = Pattern.compile("<!--|<(script|style|head|title|template)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * An element we read, up to its end tag or, when that is missing, the next element we read; a
	 * paragraph may open with its own {@code <cite>} (group 2).
	 */
	private static final Pattern ELEMENT = Pattern.compile(
			"<(cite|time|p)\\b[^<>]*>(?:\\s*<cite\\b[^<>]*>(.{0,300}?)</cite\\s*>)?(.*?)"
					+ "(?:</\\1\\s*>|(?=<(?:p|cite|time|/body|/html|/div)\\b)|\\z)",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern SNIFF = Pattern.compile("<(?:p|cite|html|body|!doctype)\\b",
			Pattern.CASE_INSENSITIVE);

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public boolean accepts(String fileName, String content) {
		return sniff(content) || TranscriptType.HTML.names(fileName);
	}

	/** Starts with a tag and has paragraphs or speaker names. */
	static boolean sniff(String content) {
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		return text.stripLeading().startsWith("<") && SNIFF.matcher(text).find();
	}

	@Override
	public ParsedTranscript parse(String sourceName, String content) throws TranscriptParseException {
		int[] lineStarts = TranscriptText.lineStarts(content);
		String html = blankOut(content);
		List<Segment> segments = new ArrayList<>();
		String speaker = null;
		Long pendingTime = null;
		Matcher element = ELEMENT.matcher(html);
		while (element.find()) {
			String tag = element.group(1).toLowerCase(Locale.ROOT);
			String inner = element.group(3);
			if (tag.equals("cite")) {
				speaker = speakerOf(inner, speaker);
			}
			else if (tag.equals("time")) {
				pendingTime = TranscriptText.clock(TranscriptText.plain(inner));
			}
			else {
				if (element.group(2) != null) {
					speaker = speakerOf(element.group(2), speaker);
				}
				String text = TranscriptText.plain(inner);
				if (!text.isEmpty()) {
					int line = TranscriptText.lineAt(lineStarts, element.start());
					segments.add(new Segment(speaker, text, pendingTime, null, line, false));
					pendingTime = null;
				}
			}
		}
		if (segments.isEmpty()) {
			throw new TranscriptParseException(sourceName, 0, "the HTML has no <p> paragraph with text");
		}
		return new ParsedTranscript(FORMAT, segments);
	}

	/** "Alban :" names Alban; an empty cite leaves the speaker as it was. */
	private static String speakerOf(String citeHtml, String previous) {
		String name = TranscriptText.plain(citeHtml);
		if (name.endsWith(":")) {
			name = name.substring(0, name.length() - 1).strip();
		}
		return name.isEmpty() ? previous : name;
	}

	/**
	 * Replaces comments, scripts and the head by their line breaks, so that offsets keep their
	 * lines. Searches each end once from where its part starts, so the work stays linear; a part
	 * that is never closed runs to the end, as in a browser.
	 */
	private static String blankOut(String content) {
		Matcher start = NOT_SPEECH.matcher(content);
		StringBuilder out = new StringBuilder(content.length());
		int last = 0;
		while (last < content.length() && start.find(last)) {
			int end;
			if (start.group(1) == null) {
				int close = content.indexOf("-->", start.end());
				end = (close < 0) ? content.length() : close + 3;
			}
			else {
				Matcher close = Pattern.compile("</" + start.group(1) + "\\s*>", Pattern.CASE_INSENSITIVE)
					.matcher(content);
				end = close.find(start.end()) ? close.end() : content.length();
			}
			out.append(content, last, start.start());
			for (int i = start.start(); i < end; i++) {
				char c = content.charAt(i);
				out.append((c == '\n' || c == '\r') ? c : ' ');
			}
			last = end;
		}
		return out.append(content, last, content.length()).toString();
	}

}
