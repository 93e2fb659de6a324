package org.podquote.importer.format;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lenient readers of values as people write them: dates, durations and MIME types, in feeds
 * and in transcript files' front matter and header lines alike. Each gives null for what it
 * cannot read, so that one odd value costs a warning, not the item.
 */
public final class LenientValues {

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
			"^(?:[a-z]+\\.?,?\\s*)?(\\d{1,2})[\\s-]+([a-z]{3,})\\.?,?[\\s-]+(\\d{4}|\\d{2})(?!\\d)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
			"^(?:[a-z]+\\.?,?\\s+)?([a-z]{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

	private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
			"july", "august", "september", "october", "november", "december");

	private static final Pattern CLOCK = Pattern
		.compile("^(?:(\\d{1,5}):)?(\\d{1,5}):(\\d{1,2})(?:\\.(\\d{1,9}))?$");

	private static final Pattern SECONDS = Pattern.compile("^(\\d{1,9})(?:\\.(\\d{1,9}))?$");

	private LenientValues() {
	}

	/**
	 * The day of an RFC 822 date as written, tolerant of what feeds really carry: a missing or
	 * wrong weekday, one-digit days, two-digit years, full month names, any or no time zone, and
	 * ISO 8601. The time and zone are ignored on purpose: the day the publisher wrote is the day
	 * listeners saw. Null when no day can be read.
	 */
	public static LocalDate parseDate(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		try {
			Matcher iso = ISO_DATE.matcher(value);
			if (iso.find()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3)));
			}
			Matcher dayFirst = DAY_MONTH_YEAR.matcher(value);
			if (dayFirst.find()) {
				return date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
			}
			Matcher monthFirst = MONTH_DAY_YEAR.matcher(value);
			if (monthFirst.find()) {
				return date(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2));
			}
		}
		catch (DateTimeException ex) {
			// a day that does not exist, such as 31 Feb
		}
		return null;
	}

	private static LocalDate date(String yearText, String monthName, String dayText) {
		int month = month(monthName);
		if (month == 0) {
			return null;
		}
		int year = Integer.parseInt(yearText);
		if (yearText.length() == 2) {
			// RFC 822 has two-digit years; podcasts start in 2004, so 70..99 can only be old mail
			year += (year < 70) ? 2000 : 1900;
		}
		return LocalDate.of(year, month, Integer.parseInt(dayText));
	}

	private static int month(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (int i = 0; i < MONTHS.size(); i++) {
			if (MONTHS.get(i).startsWith(lower)) {
				return i + 1;
			}
		}
		return 0;
	}

	/**
	 * {@code itunes:duration} as seconds ({@code 3725}, {@code 3725.5}), {@code MM:SS} (minutes
	 * may pass 59) or {@code HH:MM:SS}. Null when it is none of these.
	 */
	public static Duration parseDuration(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		Matcher seconds = SECONDS.matcher(value);
		if (seconds.matches()) {
			return Duration.ofSeconds(Long.parseLong(seconds.group(1))).plusNanos(nanos(seconds.group(2)));
		}
		Matcher clock = CLOCK.matcher(value);
		if (!clock.matches()) {
			return null;
		}
		long hours = (clock.group(1) != null) ? Long.parseLong(clock.group(1)) : 0;
		long minutes = Long.parseLong(clock.group(2));
		long secs = Long.parseLong(clock.group(3));
		if (secs >= 60 || (clock.group(1) != null && minutes >= 60)) {
			return null;
		}
		return Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(secs).plusNanos(nanos(clock.group(4)));
	}

	private static long nanos(String fraction) {
		return (fraction != null) ? Long.parseLong((fraction + "000000000").substring(0, 9)) : 0;
	}

	/** The MIME type without parameters, in lower case; null when blank. */
	public static String normalizeType(String type) {
		if (type == null) {
			return null;
		}
		String bare = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return bare.isEmpty() ? null : bare;
	}

	/** A type told by the file name, for transcripts whose feed forgot the required type. */
	public static String typeFromUrl(String url) {
		return TranscriptType.ofFileName(url).map(TranscriptType::mimeType).orElse(null);
	}

}
