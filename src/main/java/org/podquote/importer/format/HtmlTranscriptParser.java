package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podquote.importer.format.ParsedTranscript.Segment;

/**
 * Transcript HTML as the Podcasting 2.0 spec shows it: {@code <cite>Name:</cite>} names the
 * speaker, {@code <time>0:09</time>} the start of the next paragraph, {@code <p>} holds the speech.
 * Read with a tolerant scanner rather than an XML parser because such files are fragments, often
 * with unclosed {@code <p>}. Text outside {@code <p>} is not speech (titles, navigation).
 * <p>
 * Pages made by other tools put the label and the time inside the paragraph instead:
 * {@code <p><strong>Name:</strong> text</p>}, {@code <p><b>Name</b>: text</p>}, Markdown left as
 * it was ({@code <p>**Name**: \[00:04:10.15\] text</p>}) or a plain {@code Name (00:12:03): text};
 * a paragraph holding only a time ({@code <p>2:05</p>}) is the start of the next one. The page's
 * {@code <title>} and its {@code og:title}, {@code article:published_time}, {@code og:audio} and
 * {@code og:url} meta tags are the episode's {@link ParsedTranscript.Metadata}.
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

	/** A paragraph that opens with a bold name: {@code <strong>Name:</strong>} or {@code <b>Name</b>:}. */
	private static final Pattern BOLD_LABEL = Pattern.compile(
			"^\\s{0,20}<(strong|b)\\b[^<>]{0,200}>([^<>]{1,120}?)</\\1\\s*>\\s{0,3}(:?)", Pattern.CASE_INSENSITIVE);

	private static final Pattern TITLE = Pattern.compile("<title\\b[^<>]{0,200}>([^<]{0,1000})</title\\s*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern META = Pattern.compile("<(meta|link)\\b([^<>]{0,2000})>", Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTE = Pattern
		.compile("([\\w:.-]{1,60})\\s*=\\s*(?:\"([^\"]{0,2000})\"|'([^']{0,2000})'|([^\\s\"'>]{1,2000}))");

	/** Meta tags by their {@code property}, {@code name} or {@code itemprop}, lower case. */
	private static final Map<String, MetadataFields.Field> META_FIELDS = Map.ofEntries(
			Map.entry("og:title", MetadataFields.Field.TITLE), Map.entry("twitter:title", MetadataFields.Field.TITLE),
			Map.entry("dc.title", MetadataFields.Field.TITLE), Map.entry("dcterms.title", MetadataFields.Field.TITLE),
			Map.entry("article:published_time", MetadataFields.Field.DATE),
			Map.entry("og:published_time", MetadataFields.Field.DATE),
			Map.entry("datepublished", MetadataFields.Field.DATE), Map.entry("date", MetadataFields.Field.DATE),
			Map.entry("dc.date", MetadataFields.Field.DATE), Map.entry("dcterms.date", MetadataFields.Field.DATE),
			Map.entry("pubdate", MetadataFields.Field.DATE), Map.entry("publish_date", MetadataFields.Field.DATE),
			Map.entry("og:audio", MetadataFields.Field.AUDIO), Map.entry("og:audio:url", MetadataFields.Field.AUDIO),
			Map.entry("og:audio:secure_url", MetadataFields.Field.AUDIO),
			Map.entry("twitter:player:stream", MetadataFields.Field.AUDIO),
			Map.entry("og:url", MetadataFields.Field.LINK), Map.entry("music:duration", MetadataFields.Field.DURATION),
			Map.entry("video:duration", MetadataFields.Field.DURATION),
			Map.entry("duration", MetadataFields.Field.DURATION));

	private static final int MAX_META_TAGS = 500;

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
		ParsedTranscript.Metadata metadata = metadata(content);
		String html = blankOut(content);
		List<Segment> segments = new ArrayList<>();
		String speaker = null;
		String role = null;
		Long pendingTime = null;
		Matcher element = ELEMENT.matcher(html);
		while (element.find()) {
			String tag = element.group(1).toLowerCase(Locale.ROOT);
			String inner = element.group(3);
			if (tag.equals("cite")) {
				SpeakerLabels.Name cited = speakerOf(inner);
				if (cited != null) {
					speaker = cited.name();
					role = cited.role();
				}
			}
			else if (tag.equals("time")) {
				pendingTime = TranscriptText.clock(TranscriptText.plain(inner));
			}
			else {
				SpeakerLabels.Name cited = (element.group(2) != null) ? speakerOf(element.group(2)) : null;
				if (cited != null) {
					speaker = cited.name();
					role = cited.role();
				}
				Paragraph paragraph = paragraph(inner);
				if (paragraph.label() != null) {
					speaker = paragraph.label().name();
					role = paragraph.label().role();
				}
				if (paragraph.startMs() != null && (paragraph.text().isEmpty() || pendingTime == null)) {
					pendingTime = paragraph.startMs();
				}
				if (!paragraph.text().isEmpty()) {
					int line = TranscriptText.lineAt(lineStarts, element.start());
					segments.add(new Segment(speaker, paragraph.text(), pendingTime, null, line, false, role));
					pendingTime = null;
				}
			}
		}
		if (segments.isEmpty()) {
			throw new TranscriptParseException(sourceName, 0, "the HTML has no <p> paragraph with text");
		}
		return new ParsedTranscript(FORMAT, segments).withMetadata(metadata);
	}

	/** What one paragraph says: a label it opens with, a time it opens with (or holds alone), its text. */
	private record Paragraph(SpeakerLabels.Label label, Long startMs, String text) {
	}

	private static Paragraph paragraph(String innerHtml) {
		SpeakerLabels.Label label = null;
		String restHtml = innerHtml;
		Matcher bold = BOLD_LABEL.matcher(innerHtml);
		if (bold.lookingAt()) {
			String head = TranscriptText.plain(bold.group(2));
			String after = TranscriptText.plain(innerHtml.substring(bold.end()));
			boolean colon = head.endsWith(":") || !bold.group(3).isEmpty();
			SpeakerLabels.Name name = SpeakerLabels.splitName(colon && head.endsWith(":")
					? head.substring(0, head.length() - 1) : head);
			// "<b>Name</b> 00:01:02" alone names the speaker too; "<b>Warning</b>: ..." does not
			boolean timedAlone = !colon && SpeakerLabels.timeOnly(after) != null;
			boolean named = SpeakerLabels.plausibleName(name.name()) || SpeakerLabels.plausibleHandle(name.name());
			boolean deliberate = colon && head.endsWith(":") && name.name().chars().anyMatch(Character::isLetter)
					&& name.name().split("\\s+").length <= 10;
			if (deliberate || ((colon || timedAlone) && named)) {
				label = new SpeakerLabels.Label(name.name(), name.role(), name.startMs(), "");
				restHtml = innerHtml.substring(bold.end());
			}
		}
		String text = TranscriptText.plain(restHtml);
		if (label == null) {
			// Markdown a converter left as it was, or a plain label
			label = MarkdownTranscriptParser.boldLabel(text, (name) -> false);
			if (label == null) {
				label = SpeakerLabels.of(text);
			}
			if (label != null) {
				label = SpeakerLabels.withoutRepeatedName(label, SpeakerLabels::candidate);
				text = label.rest();
			}
		}
		Long startMs = (label != null) ? label.startMs() : null;
		Long alone = SpeakerLabels.timeOnly(text);
		if (alone != null) {
			return new Paragraph(label, (startMs != null) ? startMs : alone, "");
		}
		SpeakerLabels.Stamp leading = SpeakerLabels.leadingStamp(text);
		if (leading != null) {
			startMs = (startMs != null) ? startMs : leading.ms();
			text = leading.rest();
		}
		return new Paragraph(label, startMs, MarkdownText.withoutTimestamps(text));
	}

	/**
	 * The episode facts of the page's head: meta tags first, since {@code og:title} is the
	 * episode's own title where {@code <title>} often adds the site's name; then {@code <title>}
	 * and the canonical link.
	 */
	private static ParsedTranscript.Metadata metadata(String content) {
		MetadataFields facts = new MetadataFields();
		String canonical = null;
		Matcher tag = META.matcher(content);
		for (int count = 0; count < MAX_META_TAGS && tag.find(); count++) {
			Map<String, String> attributes = attributes(tag.group(2));
			if (tag.group(1).equalsIgnoreCase("link")) {
				if ("canonical".equalsIgnoreCase(attributes.get("rel")) && canonical == null) {
					canonical = attributes.get("href");
				}
				continue;
			}
			String key = attributes.getOrDefault("property",
					attributes.getOrDefault("name", attributes.getOrDefault("itemprop", "")));
			MetadataFields.Field field = META_FIELDS.get(key.toLowerCase(Locale.ROOT));
			String value = attributes.get("content");
			if (field != null && value != null) {
				facts.put(field, TranscriptText.collapse(TranscriptText.decodeEntities(value)), "<meta>");
			}
		}
		Matcher title = TITLE.matcher(content);
		if (title.find()) {
			facts.put(MetadataFields.Field.TITLE, TranscriptText.plain(title.group(1)), "<title>");
		}
		if (canonical != null) {
			facts.put(MetadataFields.Field.LINK, TranscriptText.decodeEntities(canonical), "<link>");
		}
		return facts.build();
	}

	private static Map<String, String> attributes(String text) {
		Map<String, String> attributes = new HashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(text);
		while (attribute.find()) {
			String value = (attribute.group(2) != null) ? attribute.group(2)
					: (attribute.group(3) != null) ? attribute.group(3) : attribute.group(4);
			attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), value);
		}
		return attributes;
	}

	/** "Alban :" names Alban, "Alban (host):" too with a role; an empty cite names nobody (null). */
	private static SpeakerLabels.Name speakerOf(String citeHtml) {
		String name = TranscriptText.plain(citeHtml);
		if (name.endsWith(":")) {
			name = name.substring(0, name.length() - 1).strip();
		}
		SpeakerLabels.Name split = SpeakerLabels.splitName(name);
		return split.name().isEmpty() ? null : split;
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
