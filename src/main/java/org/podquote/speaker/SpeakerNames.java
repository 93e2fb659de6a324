package org.podquote.speaker;

import java.util.Locale;

import org.podquote.system.CleanText;

/**
 * How speaker names are cleaned and compared, so "Lenny", "LENNY", " lenny " and "Len\u200Bny"'s
 * visible twin are one person: see {@link CleanText#name}.
 */
public final class SpeakerNames {

	private SpeakerNames() {
	}

	/**
	 * The name as shown: Unicode composed, zero-width, control and bidi characters removed, spacing
	 * collapsed. The importer refuses a name with a bidi control before it gets here ({@link #bidiControl});
	 * removing it is what is left for a name that comes another way.
	 */
	public static String clean(String name) {
		return CleanText.name(name);
	}

	/** The identity of a name: cleaned and lower-cased. */
	public static String key(String name) {
		return clean(name).toLowerCase(Locale.ROOT);
	}

	/**
	 * Why a name as written cannot be stored, or null: a bidirectional override, embedding or
	 * isolate can make it show as another name, so it is refused rather than guessed at.
	 */
	public static String bidiControl(String name) {
		int at = CleanText.bidiControl(name);
		return at < 0 ? null
				: "the name \"" + clean(name) + "\" holds the bidirectional control " + CleanText.codePoint(name.charAt(at))
						+ ", which can make it show as another name; remove it";
	}

}
