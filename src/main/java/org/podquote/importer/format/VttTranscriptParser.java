package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.podquote.importer.format.ParsedTranscript.Segment;

/**
 * WebVTT: a {@code WEBVTT} header, then cues of an optional identifier, a timing line and text.
 * {@code NOTE}, {@code STYLE} and {@code REGION} blocks carry no speech and are skipped.
 */
class VttTranscriptParser implements TranscriptParser {

	static final String FORMAT = "vtt";

	private static final Pattern HEADER = Pattern.compile("^WEBVTT(?:[ \\t].*)?$");

	private static final Pattern SKIPPED_BLOCK = Pattern.compile("^(?:NOTE|STYLE|REGION)(?:[ \\t].*)?$");

	private static final String EXAMPLE = "00:00:01.000 --> 00:00:04.000";

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public boolean accepts(String fileName, String content) {
		return sniff(content) || TranscriptType.VTT.names(fileName);
	}

	static boolean sniff(String content) {
		String[] lines = TranscriptText.lines(content.length() > 200 ? content.substring(0, 200) : content);
		return HEADER.matcher(lines[0].stripTrailing()).matches();
	}

	@Override
	public ParsedTranscript parse(String sourceName, String content) throws TranscriptParseException {
		String[] lines = TranscriptText.lines(content);
		if (!HEADER.matcher(lines[0].stripTrailing()).matches()) {
			throw new TranscriptParseException(sourceName, 1, "a WebVTT file must start with \"WEBVTT\", found \""
					+ CueBlocks.abbreviate(lines[0]) + "\"");
		}
		int afterHeader = 1;
		// header lines such as "Kind: captions" run up to the first blank line
		while (afterHeader < lines.length && !lines[afterHeader].isBlank()) {
			afterHeader++;
		}
		CueSpeakers speakers = new CueSpeakers();
		List<Segment> segments = new ArrayList<>();
		for (CueBlocks.Block block : CueBlocks.blocks(lines, afterHeader)) {
			if (SKIPPED_BLOCK.matcher(block.first()).matches()) {
				continue;
			}
			int timingIndex = CueBlocks.isTimingLine(block.first()) ? 0 : 1;
			if (timingIndex >= block.lines().size()) {
				throw new TranscriptParseException(sourceName, block.line(), "expected a cue timing line such as "
						+ EXAMPLE + ", found \"" + CueBlocks.abbreviate(block.first()) + "\" (is the file cut off?)");
			}
			String timingLine = block.lines().get(timingIndex);
			int timingLineNumber = block.line() + timingIndex;
			if (!CueBlocks.isTimingLine(timingLine)) {
				throw new TranscriptParseException(sourceName, timingLineNumber,
						"expected a cue timing line such as " + EXAMPLE + " after the cue identifier \""
								+ CueBlocks.abbreviate(block.first()) + "\", found \""
								+ CueBlocks.abbreviate(timingLine) + "\"");
			}
			CueBlocks.Timing timing = CueBlocks.timing(timingLine);
			if (timing == null) {
				throw CueBlocks.brokenTiming(sourceName, timingLineNumber, timingLine, EXAMPLE);
			}
			List<String> text = block.lines().subList(timingIndex + 1, block.lines().size());
			segments.addAll(speakers.cue(text, timing.startMs(), timing.endMs(), timingLineNumber + 1));
		}
		if (segments.isEmpty()) {
			throw new TranscriptParseException(sourceName, 0, "the WebVTT file has no cue with text");
		}
		return new ParsedTranscript(FORMAT, segments);
	}

}
