package org.podquote.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podquote.importer.format.ParsedTranscript;
import org.podquote.speaker.Roles;

/**
 * What a transcript label says of its speaker: the name, and the role it gives them when it gives
 * one ({@code Jane Doe (host)}), which becomes a credit on the episode.
 */
record LabelRole(String name, String role) {

	private static final Pattern BRACKETED = Pattern.compile("(.+?)\\s*[(\\[]\\s*([^()\\[\\]]{1,40}?)\\s*[)\\]]");

	/**
	 * The hook for roles from transcripts. The parsers do not hand over a role of their own yet, so
	 * it is read here from the label as written; once {@code ParsedTranscript.Segment} carries one,
	 * take it first: {@code segment.role() != null ? new LabelRole(segment.speaker(), segment.role())
	 * : of(segment.speaker())}.
	 */
	static LabelRole of(ParsedTranscript.Segment segment) {
		return of(segment.speaker());
	}

	/**
	 * The name and role of a label; the bracket is a role only when the taxonomy knows it, so that
	 * "John (Ireland)" stays the name it is. Null for no label.
	 */
	static LabelRole of(String label) {
		if (label == null) {
			return null;
		}
		Matcher m = BRACKETED.matcher(label.strip());
		if (m.matches() && Roles.known(m.group(2))) {
			return new LabelRole(m.group(1).strip(), m.group(2));
		}
		return new LabelRole(label, null);
	}

}
