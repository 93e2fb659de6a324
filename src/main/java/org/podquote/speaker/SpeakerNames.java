package org.podquote.speaker;

import java.text.Normalizer;
import java.util.Locale;

/** How speaker names are cleaned and compared, so "Lenny", "LENNY" and " lenny " are one person. */
public final class SpeakerNames {

	private SpeakerNames() {
	}

	/** The name as shown: spacing collapsed, Unicode composed. */
	public static String clean(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
	}

	/** The identity of a name: cleaned and lower-cased. */
	public static String key(String name) {
		return clean(name).toLowerCase(Locale.ROOT);
	}

}
