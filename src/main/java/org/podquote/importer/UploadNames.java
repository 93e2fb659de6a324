package org.podquote.importer;

import java.util.ArrayList;
import java.util.List;

import org.podquote.system.CleanText;

/**
 * The name an uploaded file is known by: what the browser sent, which may be anything (a path, a
 * NUL, {@code ..}, 300 characters, characters that were not UTF-8, nothing at all), made a
 * relative name of words a report can show and the importer can key an episode by.
 */
final class UploadNames {

	/** The name of an upload that sent none that can be used. */
	static final String UNNAMED = "upload";

	/** Longest part of a name kept; file systems allow 255 bytes, the episode key rather more. */
	static final int MAX_PART = 120;

	private static final int MAX_PARTS = 8;

	private UploadNames() {
	}

	/**
	 * The parts of the name's path that name something, each cleaned as a name is (no control,
	 * zero-width or bidi character, spacing collapsed, no U+FFFD a bad encoding left), without
	 * {@code .}, {@code ..} or leading dots, and cut to {@value #MAX_PART} characters keeping the
	 * extension; {@value #UNNAMED} when none is left.
	 */
	static String clean(String sent) {
		if (sent == null) {
			return UNNAMED;
		}
		List<String> parts = new ArrayList<>();
		for (String part : sent.replace('\\', '/').split("/")) {
			String clean = CleanText.name(part.replace('\uFFFD', ' ')).replaceAll("^[.\\s]+", "").strip();
			if (!clean.isEmpty() && !clean.chars().allMatch(c -> c == '.')) {
				parts.add(shortened(clean));
			}
		}
		if (parts.isEmpty()) {
			return UNNAMED;
		}
		// the last few folders are what an episode's name is read from
		return String.join("/", parts.subList(Math.max(0, parts.size() - MAX_PARTS), parts.size()));
	}

	/** The part cut to {@value #MAX_PART} characters, its extension kept. */
	private static String shortened(String part) {
		if (part.length() <= MAX_PART) {
			return part;
		}
		int dot = part.lastIndexOf('.');
		String extension = dot > 0 && part.length() - dot <= 10 ? part.substring(dot) : "";
		int end = MAX_PART - extension.length();
		if (Character.isHighSurrogate(part.charAt(end - 1))) {
			end--;
		}
		return part.substring(0, end).strip() + extension;
	}

}
