package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.podquote.importer.format.ParsedTranscript.Segment;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Podcasting 2.0 JSON: {@code {"version": "1.0.0", "segments": [{"speaker", "startTime",
 * "endTime", "body"}]}} with times in seconds. Segments are often single words; they stay one
 * segment each here and {@link PassageMerger} joins them. A segment without a speaker is spoken
 * by the speaker of the segment before, as in captions.
 * <p>
 * Whisper and WhisperX write the same shape with other keys, {@code {"segments": [{"start",
 * "end", "text", "speaker"}]}}, and whisper.cpp names the array {@code transcription}, with
 * {@code "offsets": {"from", "to"}} in milliseconds; they are read too, and times written as
 * clock strings ({@code "00:01:02.500"}). Top-level strings and numbers with the keys
 * {@link MetadataFields} knows ({@code title}, {@code date}, …) are the episode's metadata.
 */
class JsonTranscriptParser implements TranscriptParser {

	static final String FORMAT = "json";

	/** Podquote's exports say their segments are passages already, so importing one gives them back as they were. */
	static final String PASSAGES = "podquote:passages";

	/** A narrated heading, in Podquote's exports. */
	static final String HEADING = "podquote:heading";

	static final String ORIGIN = "JSON fields";

	private static final Pattern SEGMENTS_KEY = Pattern.compile("\"(?:segments|transcription)\"\\s*:");

	// read one segment at a time from a stream so that each keeps the line it starts on
	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public boolean accepts(String fileName, String content) {
		return sniff(content) || TranscriptType.JSON.names(fileName);
	}

	static boolean sniff(String content) {
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		return text.stripLeading().startsWith("{") && SEGMENTS_KEY.matcher(text).find();
	}

	@Override
	public ParsedTranscript parse(String sourceName, String content) throws TranscriptParseException {
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		List<Segment> segments = new ArrayList<>();
		boolean sawSegments = false;
		boolean passages = false;
		MetadataFields facts = new MetadataFields();
		try (JsonParser json = MAPPER.createParser(text)) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				throw error(sourceName, json, "expected a JSON object with a \"segments\" array");
			}
			while (json.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = json.currentName();
				JsonToken value = json.nextToken();
				if (PASSAGES.equals(name)) {
					passages = value == JsonToken.VALUE_TRUE;
					continue;
				}
				if (!"segments".equals(name) && !"transcription".equals(name)) {
					if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
						facts.put(name, json.getString(), ORIGIN);
					}
					json.skipChildren();
					continue;
				}
				if (value != JsonToken.START_ARRAY) {
					throw error(sourceName, json, "\"" + name + "\" must be an array");
				}
				sawSegments = true;
				readSegments(sourceName, json, segments);
			}
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? Math.max(ex.getLocation().getLineNr(), 0) : 0;
			throw new TranscriptParseException(sourceName, line, "not valid JSON: " + ex.getOriginalMessage());
		}
		if (!sawSegments) {
			throw new TranscriptParseException(sourceName, 0, "the JSON has no \"segments\" array");
		}
		if (segments.isEmpty()) {
			throw new TranscriptParseException(sourceName, 0, "the JSON transcript has no segment with a body");
		}
		return new ParsedTranscript(FORMAT, segments, passages).withMetadata(facts.build());
	}

	private void readSegments(String source, JsonParser json, List<Segment> segments)
			throws TranscriptParseException {
		String speaker = null;
		while (json.nextToken() != JsonToken.END_ARRAY) {
			int line = json.currentTokenLocation().getLineNr();
			if (json.currentToken() != JsonToken.START_OBJECT) {
				throw error(source, json, "each segment must be an object");
			}
			JsonNode node = json.readValueAsTree();
			JsonNode said = node.get("speaker");
			if (said != null && said.isString() && !said.stringValue().isBlank()) {
				speaker = TranscriptText.collapse(said.stringValue());
			}
			JsonNode body = node.has("body") ? node.get("body") : node.get("text");
			if (body == null || body.isNull()) {
				continue;
			}
			if (!body.isString()) {
				throw new TranscriptParseException(source, line,
						"\"" + (node.has("body") ? "body" : "text") + "\" must be a string");
			}
			String text = TranscriptText.collapse(body.stringValue());
			if (text.isEmpty()) {
				continue;
			}
			Long start;
			Long end;
			JsonNode offsets = node.get("offsets");
			if (offsets != null && offsets.isObject()) {
				start = millis(source, line, offsets, "from");
				end = millis(source, line, offsets, "to");
			}
			else {
				start = seconds(source, line, node, node.has("startTime") ? "startTime" : "start");
				end = seconds(source, line, node, node.has("endTime") ? "endTime" : "end");
			}
			JsonNode heading = node.get(HEADING);
			segments.add(new Segment(speaker, text, start, end, line, heading != null && heading.asBoolean()));
		}
	}

	/** A time in seconds, as a number or a numeric string, in milliseconds; null when absent. */
	private static Long seconds(String source, int line, JsonNode node, String field)
			throws TranscriptParseException {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		double seconds;
		Long clock = value.isString() ? CueBlocks.time(value.stringValue().strip()) : null;
		if (value.isNumber()) {
			seconds = value.doubleValue();
		}
		else if (clock != null && value.stringValue().contains(":")) {
			seconds = clock / 1000.0;
		}
		else {
			try {
				seconds = Double.parseDouble(value.isString() ? value.stringValue().strip() : "x");
			}
			catch (NumberFormatException ex) {
				throw new TranscriptParseException(source, line, "\"" + field + "\" must be a number of seconds");
			}
		}
		if (!(seconds >= 0) || seconds > 1_000_000) {
			throw new TranscriptParseException(source, line,
					"\"" + field + "\" must be a number of seconds from 0, found " + value);
		}
		return Math.round(seconds * 1000);
	}

	/** whisper.cpp's offsets, whole milliseconds; null when absent. */
	private static Long millis(String source, int line, JsonNode node, String field) throws TranscriptParseException {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isNumber() || value.doubleValue() < 0 || value.doubleValue() > 1e9) {
			throw new TranscriptParseException(source, line,
					"\"offsets\".\"" + field + "\" must be a number of milliseconds from 0, found " + value);
		}
		return Math.round(value.doubleValue());
	}

	private static TranscriptParseException error(String source, JsonParser json, String message) {
		return new TranscriptParseException(source, json.currentTokenLocation().getLineNr(), message);
	}

}
