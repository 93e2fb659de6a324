package org.podquote.importer.format;

import java.util.List;

/**
 * What a parser read: segments in spoken order.
 *
 * @param passages the segments are whole passages already (a Podquote export), not cues to merge
 */
public record ParsedTranscript(String format, List<Segment> segments, boolean passages) {

	public ParsedTranscript {
		segments = List.copyOf(segments);
	}

	public ParsedTranscript(String format, List<Segment> segments) {
		this(format, segments, false);
	}

	/**
	 * One stretch of speech.
	 *
	 * @param speaker the label as written (null when the voice is unknown)
	 * @param text plain text: markup removed, entities decoded, whitespace collapsed
	 * @param startMs start time, or null
	 * @param endMs end time, or null
	 * @param line the 1-based line of the source where it starts
	 * @param heading a narrated heading rather than running speech
	 */
	public record Segment(String speaker, String text, Long startMs, Long endMs, int line, boolean heading) {

		public static Segment of(String speaker, String text, int line) {
			return new Segment(speaker, text, null, null, line, false);
		}

	}

}
