package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podquote.importer.format.ParsedTranscript.Segment;

/**
 * Who speaks in the cues of a caption file (WebVTT, SRT): a voice tag {@code <v Name>} or
 * {@code <v.class Name>}, or a label at the start of a line in any form {@link SpeakerLabels}
 * reads ({@code Name:}, {@code [Name]:}, {@code [SPEAKER_00]}, {@code Name (host):}). Captions
 * name the speaker once when the voice changes, so a cue without either is spoken by whoever
 * spoke last.
 * <p>
 * {@link Boilerplate} is nobody's speech: a label such as {@code Subtitles:} or {@code Audio:}
 * names no voice, so its text and the unlabelled cues after it have no speaker until someone is
 * named again; a credit line or a sound ({@code [Music]}) has no speaker, and the voice before it
 * goes on after it.
 * <p>
 * Rolling captions (YouTube's automatic ones) repeat the line before at the top of each cue and
 * hold each line in a cue of a few milliseconds: a cue's first line that repeats the last line of
 * the cue before is dropped when more lines follow it or the cue is that short, so that nothing
 * is said twice. One instance reads one file.
 */
final class CueSpeakers {

	private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s<>]{0,100})?(?:[ \\t]+([^<>]{0,200}))?>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DIALOGUE_DASH = Pattern.compile("^[-\u2010\u2013\u2014]\\s{0,3}");

	/** A cue at most this long only holds a line on screen. */
	private static final long HOLD_MS = 50;

	private String current;

	private String role;

	private Long lastStartMs;

	private Long lastEndMs;

	/** The plain text of the last line of the cue before, for rolling captions. */
	private String lastLine;

	/**
	 * The segments of one cue: usually one, more when the voice changes inside the cue. Cues
	 * without text give none.
	 */
	List<Segment> cue(List<String> textLines, Long startMs, Long endMs, int line) {
		lastStartMs = startMs;
		lastEndMs = endMs;
		List<String> lines = withoutRepeatedLine(textLines, startMs, endMs);
		List<Segment> segments = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (String raw : lines) {
			Matcher voice = VOICE.matcher(raw);
			int from = 0;
			boolean voiced = false;
			while (voice.find()) {
				append(text, TranscriptText.plain(raw.substring(from, voice.start())));
				add(segments, text, startMs, endMs, line);
				String name = (voice.group(1) != null) ? TranscriptText.plain(voice.group(1)) : "";
				if (!name.isEmpty()) {
					SpeakerLabels.Name voiceName = SpeakerLabels.splitName(name);
					speak(voiceName.name(), voiceName.role());
				}
				from = voice.end();
				voiced = true;
			}
			String rest = TranscriptText.plain(raw.substring(from));
			SpeakerLabels.Label label = voiced ? null : label(rest);
			if (label != null) {
				add(segments, text, startMs, endMs, line);
				speak(label.name(), label.role());
				rest = label.rest();
			}
			if (Boilerplate.isText(rest)) {
				add(segments, text, startMs, endMs, line);
				segments.add(new Segment(null, rest, startMs, endMs, line, false));
				continue;
			}
			append(text, rest);
		}
		add(segments, text, startMs, endMs, line);
		return segments;
	}

	private List<String> withoutRepeatedLine(List<String> textLines, Long startMs, Long endMs) {
		List<String> lines = textLines.stream().filter((raw) -> !raw.isBlank()).toList();
		if (lines.isEmpty()) {
			return lines;
		}
		String first = TranscriptText.plain(lines.get(0));
		boolean hold = startMs != null && endMs != null && endMs - startMs <= HOLD_MS;
		boolean repeated = first.equals(lastLine) && (lines.size() > 1 || hold);
		lastLine = TranscriptText.plain(lines.get(lines.size() - 1));
		return repeated ? lines.subList(1, lines.size()) : lines;
	}

	/** A block of text without a timing after a cue, as a blank line inside the cue leaves it: more of that cue. */
	List<Segment> more(List<String> textLines, int line) {
		return cue(textLines, lastStartMs, lastEndMs, line);
	}

	/**
	 * A label that names a voice, or names a credit or sound (which then ends the voice before);
	 * after a dialogue dash too, {@code - JANE: text}, as film subtitles write a change of voice.
	 */
	private static SpeakerLabels.Label label(String line) {
		Matcher dash = DIALOGUE_DASH.matcher(line);
		String text = dash.lookingAt() ? line.substring(dash.end()) : line;
		SpeakerLabels.Label label = SpeakerLabels.candidate(text);
		if (label == null) {
			return null;
		}
		if (Boilerplate.isLabel(label.name())) {
			return label;
		}
		return SpeakerLabels.plausibleName(label.name())
				? SpeakerLabels.withoutRepeatedName(label, SpeakerLabels::candidate) : null;
	}

	private void speak(String name, String nameRole) {
		boolean voice = !Boilerplate.isLabel(name);
		current = voice ? name : null;
		role = voice ? nameRole : null;
	}

	private static void append(StringBuilder text, String piece) {
		if (piece.isEmpty()) {
			return;
		}
		if (text.length() > 0) {
			text.append(' ');
		}
		text.append(piece);
	}

	private void add(List<Segment> segments, StringBuilder text, Long startMs, Long endMs, int line) {
		if (text.length() > 0) {
			segments.add(new Segment(current, text.toString(), startMs, endMs, line, false, role));
			text.setLength(0);
		}
	}

}
