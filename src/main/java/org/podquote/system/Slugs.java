package org.podquote.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * URL slugs: lower-case ASCII words joined by {@code -}. "LessWrong (Curated &amp; Popular)" is
 * {@code lesswrong-curated-popular}.
 */
public final class Slugs {

	static final int MAX_LENGTH = 120;

	private Slugs() {
	}

	public static String of(String text) {
		// the name first, so that a zero-width character cannot split or join words of a slug
		String ascii = Normalizer.normalize(CleanText.name(text), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT)
			.replace("'", "")
			.replace("\u2019", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+[^-]*$", "");
		}
		return slug.isEmpty() ? "untitled" : slug;
	}

	/** The slug of {@code text}, with a numeric suffix when {@code taken} says it is in use. */
	public static String unique(String text, Predicate<String> taken) {
		String base = of(text);
		String candidate = base;
		for (int n = 2; taken.test(candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

}
