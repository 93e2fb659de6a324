package org.podquote.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.podquote.episode.Episode;
import org.podquote.system.CleanText;
import org.podquote.system.WebAddresses;
import org.springframework.validation.Errors;

/**
 * The admin's form of an episode's facts, as typed: every field a string, so that what does not
 * read is shown again at its field with why.
 *
 * @param date as a date field sends it, {@code 2024-05-31}; empty for undated
 * @param number empty for none
 * @param audioUrl an http or https address, or empty
 * @param link an http or https address, or empty
 */
public record EpisodeForm(String title, String date, String number, String audioUrl, String link) {

	static final int MAX_URL = 2000;

	/** What the form says once read. */
	record Edit(String title, LocalDate publishedOn, Integer number, String audioUrl, String link) {
	}

	static EpisodeForm of(Episode episode) {
		return new EpisodeForm(episode.getTitle(), episode.getPublishedOn() == null ? "" : episode.getPublishedOn().toString(),
				episode.getNumber() == null ? "" : episode.getNumber().toString(), orEmpty(episode.getAudioUrl()),
				orEmpty(episode.getLink()));
	}

	/** The edit, or null with each problem rejected at its field (message keys {@code admin.episode.error.*}). */
	Edit read(Errors errors) {
		String cleanTitle = CleanText.name(strip(title));
		if (cleanTitle.isEmpty()) {
			errors.rejectValue("title", "admin.episode.error.title");
		}
		else if (cleanTitle.length() > EpisodeSidecar.MAX_TITLE) {
			errors.rejectValue("title", "admin.episode.error.titleLong");
		}
		LocalDate day = null;
		if (!strip(date).isEmpty()) {
			try {
				day = LocalDate.parse(strip(date));
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("date", "admin.episode.error.date");
			}
		}
		Integer episodeNumber = null;
		if (!strip(number).isEmpty()) {
			if (strip(number).matches("\\d{1,9}")) {
				episodeNumber = Integer.parseInt(strip(number));
			}
			else {
				errors.rejectValue("number", "admin.episode.error.number");
			}
		}
		String audio = address("audioUrl", audioUrl, errors);
		String page = address("link", link, errors);
		return errors.hasErrors() ? null : new Edit(cleanTitle, day, episodeNumber, audio, page);
	}

	/** An http or https address naming a host; empty for none. */
	private static String address(String field, String value, Errors errors) {
		String text = strip(value);
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > MAX_URL || WebAddresses.problem(text) != null || !AdminImportController.isHttpUrl(text)) {
			errors.rejectValue(field, "admin.episode.error.url");
			return null;
		}
		return WebAddresses.web(text);
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

}
