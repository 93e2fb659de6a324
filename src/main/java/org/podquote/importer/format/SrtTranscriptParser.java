package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.podquote.importer.format.ParsedTranscript.Segment;

/**
 * SubRip: numbered cues of a number, a timing line ({@code 00:00:02,760 --> 00:00:06,090}) and
 * text, with {@code Name:} when the speaker changes. A block of text without number or timing
 * is taken as more text of the cue before it: editors leave stray blank lines inside cues.
 */
class SrtTranscriptParser implements TranscriptParser {

	static final String FORMAT = "srt";

	private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

	/** Formatting overrides some players understand, such as {@code {\an8}}. */
	private static final Pattern OVERRIDE = Pattern.compile("\\{\\\\[^{}]{0,40}\\}");

	private static final String EXAMPLE = "00:00:01,000 --> 00:00:04,000";

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public boolean accepts(String fileName, String content) {
		return sniff(content) || TranscriptType.SRT.names(fileName);
	}

	/** A first block of a number and a timing line. */
	static boolean sniff(String content) {
		String[] lines = firstLines(content);
		int i = firstNonBlank(lines);
		return i + 1 < lines.length && NUMBER.matcher(lines[i].strip()).matches()
				&& CueBlocks.looksLikeTiming(lines[i + 1]);
	}

	/**
	 * A first block that starts with a timing line, as some tools write SRT without cue numbers;
	 * a weaker sign than {@link #sniff}, since a WebVTT file that lost its header looks the same.
	 */
	static boolean sniffUnnumbered(String content) {
		String[] lines = firstLines(content);
		int i = firstNonBlank(lines);
		return i < lines.length && CueBlocks.isTimingLine(lines[i]) && CueBlocks.looksLikeTiming(lines[i]);
	}

	private static String[] firstLines(String content) {
		return TranscriptText.lines(content.length() > 500 ? content.substring(0, 500) : content);
	}

	private static int firstNonBlank(String[] lines) {
		int i = 0;
		while (i < lines.length && lines[i].isBlank()) {
			i++;
		}
		return i;
	}

	@Override
	public ParsedTranscript parse(String sourceName, String content) throws TranscriptParseException {
		List<Cue> cues = new ArrayList<>();
		List<CueBlocks.Block> blocks = CueBlocks.blocks(TranscriptText.lines(content), 0);
		for (int b = 0; b < blocks.size(); b++) {
			CueBlocks.Block block = blocks.get(b);
			boolean lastBlock = b == blocks.size() - 1;
			String first = block.first();
			int timingIndex;
			if (CueBlocks.isTimingLine(first)) {
				timingIndex = 0;
			}
			else if (NUMBER.matcher(first).matches()) {
				timingIndex = 1;
				if (block.lines().size() < 2 && !lastBlock && CueBlocks.isTimingLine(blocks.get(b + 1).first())) {
					// a stray blank line between a cue's number and its timing
					continue;
				}
				if (block.lines().size() < 2) {
					throw new TranscriptParseException(sourceName, block.line(), "cue " + first
							+ " has no timing line" + (lastBlock ? " (is the file cut off?)" : ", expected e.g. " + EXAMPLE));
				}
				if (!CueBlocks.isTimingLine(block.lines().get(1))) {
					throw new TranscriptParseException(sourceName, block.line() + 1, "expected the timing of cue "
							+ first + " such as " + EXAMPLE + ", found \""
							+ CueBlocks.abbreviate(block.lines().get(1)) + "\"");
				}
			}
			else if (!cues.isEmpty()) {
				cues.get(cues.size() - 1).text().addAll(block.lines());
				continue;
			}
			else {
				throw new TranscriptParseException(sourceName, block.line(),
						"expected the number of the first cue, found \"" + CueBlocks.abbreviate(first) + "\"");
			}
			String timingLine = block.lines().get(timingIndex);
			CueBlocks.Timing timing = CueBlocks.timing(sourceName, block.line() + timingIndex, timingLine, EXAMPLE,
					lastBlock && timingIndex == block.lines().size() - 1);
			List<String> text = new ArrayList<>(block.lines().subList(timingIndex + 1, block.lines().size()));
			cues.add(new Cue(timing, block.line() + timingIndex + 1, text));
		}
		CueSpeakers speakers = new CueSpeakers();
		List<Segment> segments = new ArrayList<>();
		for (Cue cue : cues) {
			List<String> text = cue.text().stream().map((line) -> OVERRIDE.matcher(line).replaceAll("")).toList();
			segments.addAll(speakers.cue(text, cue.timing().startMs(), cue.timing().endMs(), cue.line()));
		}
		if (segments.isEmpty()) {
			throw new TranscriptParseException(sourceName, 0, "the SRT file has no cue with text");
		}
		return new ParsedTranscript(FORMAT, segments);
	}

	private record Cue(CueBlocks.Timing timing, int line, List<String> text) {
	}

}
