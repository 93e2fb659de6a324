package org.podquote.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podquote.importer.format.ParsedTranscript.Segment;

/**
 * Who speaks in the cues of a caption file (WebVTT, SRT): a voice tag {@code <v Name>} or
 * {@code <v.class Name>}, or a {@code Name:} / {@code [Name]:} label at the start of a line.
 * Captions name the speaker once when the voice changes, so a cue without either is spoken by
 * whoever spoke last. One instance reads one file.
 */
final class CueSpeakers {

	private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s<>]{0,100})?(?:[ \\t]+([^<>]{0,200}))?>",
			Pattern.CASE_INSENSITIVE);

	private String current;

	/**
	 * The segments of one cue: usually one, more when the voice changes inside the cue. Cues
	 * without text give none.
	 */
	List<Segment> cue(List<String> textLines, Long startMs, Long endMs, int line) {
		List<Segment> segments = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (String raw : textLines) {
			Matcher voice = VOICE.matcher(raw);
			int from = 0;
			boolean voiced = false;
			while (voice.find()) {
				append(text, TranscriptText.plain(raw.substring(from, voice.start())));
				add(segments, text, startMs, endMs, line);
				String name = (voice.group(1) != null) ? TranscriptText.plain(voice.group(1)) : "";
				if (!name.isEmpty()) {
					current = name;
				}
				from = voice.end();
				voiced = true;
			}
			String rest = TranscriptText.plain(raw.substring(from));
			SpeakerLabels.Label label = voiced ? null : SpeakerLabels.of(rest);
			if (label != null) {
				add(segments, text, startMs, endMs, line);
				current = label.name();
				rest = label.rest();
			}
			append(text, rest);
		}
		add(segments, text, startMs, endMs, line);
		return segments;
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
			segments.add(new Segment(current, text.toString(), startMs, endMs, line, false));
			text.setLength(0);
		}
	}

}
