package org.podquote.importer.format;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a parser read: segments in spoken order, and what the file says of its own episode.
 *
 * @param passages the segments are whole passages already (a Podquote export), not cues to merge
 * @param metadata the episode facts the file itself carries (front matter, header lines, an HTML
 * {@code <title>}); {@link Metadata#NONE} when it carries none
 */
public record ParsedTranscript(String format, List<Segment> segments, boolean passages, Metadata metadata) {

	public ParsedTranscript {
		segments = List.copyOf(segments);
		metadata = metadata == null ? Metadata.NONE : metadata;
	}

	public ParsedTranscript(String format, List<Segment> segments, boolean passages) {
		this(format, segments, passages, Metadata.NONE);
	}

	public ParsedTranscript(String format, List<Segment> segments) {
		this(format, segments, false, Metadata.NONE);
	}

	/** The same transcript with the facts its file gave. */
	public ParsedTranscript withMetadata(Metadata metadata) {
		return new ParsedTranscript(format, segments, passages, metadata);
	}

	/**
	 * The role each speaker's label gave, such as {@code host} from {@code Jane Doe (host):}, by
	 * speaker as written; the first role a speaker's labels give wins. Speakers whose labels give
	 * none are absent. For the importer to make credits of.
	 */
	public Map<String, String> roles() {
		Map<String, String> roles = new LinkedHashMap<>();
		for (Segment segment : segments) {
			if (segment.speaker() != null && segment.role() != null) {
				roles.putIfAbsent(segment.speaker(), segment.role());
			}
		}
		return Collections.unmodifiableMap(roles);
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
	 * @param role the speaker's role when their label names one ({@code host} from
	 * {@code Jane Doe (host):}), in lower case; null otherwise, and always null without a speaker
	 */
	public record Segment(String speaker, String text, Long startMs, Long endMs, int line, boolean heading,
			String role) {

		public Segment {
			if (speaker == null) {
				role = null;
			}
		}

		/** A segment whose label names no role. */
		public Segment(String speaker, String text, Long startMs, Long endMs, int line, boolean heading) {
			this(speaker, text, startMs, endMs, line, heading, null);
		}

		public static Segment of(String speaker, String text, int line) {
			return new Segment(speaker, text, null, null, line, false);
		}

	}

	/**
	 * Episode facts written in the transcript file itself; each is null when the file does not
	 * give it.
	 *
	 * @param origin where in the file they were read, for the import report: {@code front matter},
	 * {@code header lines}, {@code <title>}; null for {@link #NONE}
	 * @param warnings values that were left out and why, for the import report: an audio or link
	 * that is no http or https address ({@code the audio "javascript:..." in front matter is not an
	 * http or https address; left out})
	 */
	public record Metadata(String title, LocalDate publishedOn, Duration duration, String audioUrl, String link,
			Integer number, String origin, List<String> warnings) {

		public static final Metadata NONE = new Metadata(null, null, null, null, null, null, null);

		public Metadata {
			warnings = warnings == null ? List.of() : List.copyOf(warnings);
		}

		public Metadata(String title, LocalDate publishedOn, Duration duration, String audioUrl, String link,
				Integer number, String origin) {
			this(title, publishedOn, duration, audioUrl, link, number, origin, List.of());
		}

		public boolean isEmpty() {
			return title == null && publishedOn == null && duration == null && audioUrl == null && link == null
					&& number == null;
		}

	}

}
