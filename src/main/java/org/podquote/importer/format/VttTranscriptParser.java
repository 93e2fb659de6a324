package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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

	private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z][\\w -]{0,30}?)\\s*:\\s*(\\S.*)$");

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
		MetadataFields facts = new MetadataFields();
		// header lines such as "Kind: captions" run up to the first blank line; some tools add "Title: …"
		while (afterHeader < lines.length && !lines[afterHeader].isBlank()) {
			Matcher header = HEADER_LINE.matcher(lines[afterHeader].strip());
			if (header.matches()) {
				facts.put(header.group(1), header.group(2), MarkdownTranscriptParser.HEADER_LINES);
			}
			afterHeader++;
		}
		CueSpeakers speakers = new CueSpeakers();
		List<Segment> segments = new ArrayList<>();
		List<CueBlocks.Block> blocks = CueBlocks.blocks(lines, afterHeader);
		boolean sawCue = false;
		for (int b = 0; b < blocks.size(); b++) {
			CueBlocks.Block block = blocks.get(b);
			boolean lastBlock = b == blocks.size() - 1;
			if (SKIPPED_BLOCK.matcher(block.first()).matches()) {
				continue;
			}
			int timingIndex = CueBlocks.isTimingLine(block.first()) ? 0 : 1;
			if (timingIndex >= block.lines().size()) {
				if (sawCue && !CueBlocks.looksLikeTimeFragment(block.first())) {
					// a blank line inside a cue's text, as hand-edited files and YouTube's " " lines leave it
					segments.addAll(speakers.more(block.lines(), block.line()));
					continue;
				}
				throw new TranscriptParseException(sourceName, block.line(), "expected a cue timing line such as "
						+ EXAMPLE + ", found \"" + CueBlocks.abbreviate(block.first()) + "\""
						+ (lastBlock ? " (is the file cut off?)" : ""));
			}
			if (timingIndex == 1 && CueBlocks.looksLikeTimingWithoutArrow(block.first())) {
				// "00:00:01.000 00:00:02.000": a timing without its arrow, not an identifier
				CueBlocks.timing(sourceName, block.line(), block.first(), EXAMPLE, false);
			}
			String timingLine = block.lines().get(timingIndex);
			int timingLineNumber = block.line() + timingIndex;
			if (!CueBlocks.isTimingLine(timingLine)) {
				throw new TranscriptParseException(sourceName, timingLineNumber,
						"expected a cue timing line such as " + EXAMPLE + " after the cue identifier \""
								+ CueBlocks.abbreviate(block.first()) + "\", found \""
								+ CueBlocks.abbreviate(timingLine) + "\"");
			}
			CueBlocks.Timing timing = CueBlocks.timing(sourceName, timingLineNumber, timingLine, EXAMPLE,
					lastBlock && timingIndex == block.lines().size() - 1);
			sawCue = true;
			List<String> text = block.lines().subList(timingIndex + 1, block.lines().size());
			segments.addAll(speakers.cue(text, timing.startMs(), timing.endMs(), timingLineNumber + 1));
		}
		if (segments.isEmpty()) {
			throw new TranscriptParseException(sourceName, 0, "the WebVTT file has no cue with text");
		}
		return new ParsedTranscript(FORMAT, segments).withMetadata(facts.build());
	}

}
