package org.podquote.importer.format;

import java.util.List;

/**
 * A speaker page captured from a transcript site (the seed's format).
 *
 * @param speakerName the person the page is about
 * @param role the role line with the site's icon removed, e.g. {@code Speaker}
 * @param siteTotalLine the site's own count line, e.g. {@code 891 total appearances}: kept as
 * provenance, never shown as our count
 * @param appearances the quotes in page order
 */
public record CapturedPage(String speakerName, String role, String siteTotalLine, List<Quote> appearances) {

	public CapturedPage {
		appearances = List.copyOf(appearances);
	}

	/** One quote block: its podcast, its episode and the sentence, with the line it starts on. */
	public record Quote(String podcastTitle, String episodeTitle, String text, boolean heading, int line) {
	}

}
