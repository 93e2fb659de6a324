package org.podquote.importer.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.podquote.appearance.Attribution;

/**
 * What we know of a captured page's episode beyond the capture itself, from a small properties
 * file beside it.
 */
public record PageFacts(String podcastDescription, LocalDate publishedOn, Duration duration, String audioUrl,
		Attribution attribution, String creditRole, String site) {

	public static final PageFacts NONE = new PageFacts(null, null, null, null, Attribution.EPISODE_TITLE, null, null);

	public static PageFacts read(String source, InputStream in) throws TranscriptParseException {
		Properties p = new Properties();
		try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new TranscriptParseException(source, 0, "cannot read the facts file: " + ex.getMessage());
		}
		try {
			return new PageFacts(blankToNull(p.getProperty("podcast.description")),
					map(p.getProperty("episode.publishedOn"), LocalDate::parse),
					map(p.getProperty("episode.duration"), Duration::parse),
					blankToNull(p.getProperty("episode.audioUrl")),
					Attribution.valueOf(p.getProperty("attribution", Attribution.EPISODE_TITLE.name()).strip()),
					blankToNull(p.getProperty("credit.role")), blankToNull(p.getProperty("capture.site")));
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw new TranscriptParseException(source, 0, "a value is not valid: " + ex.getMessage());
		}
	}

	private static <T> T map(String value, java.util.function.Function<String, T> parse) {
		String v = blankToNull(value);
		return v == null ? null : parse.apply(v);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
