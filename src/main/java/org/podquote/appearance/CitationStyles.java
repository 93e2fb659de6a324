package org.podquote.appearance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * A quote cited in the styles people write (APA 7, MLA 9, Chicago 17 bibliography) and in the files
 * reference managers import (BibTeX, RIS, CSL-JSON): who said it, in which episode of which show,
 * when, at what time, and its permalink. What is unknown is left out as each style leaves it out
 * ("n.d." where APA and Chicago say so). The speaker is the author; a one-word name stays whole.
 */
public final class CitationStyles {

	/** A quote to cite: its id (for the file's keys), its citation and its permalink's absolute address. */
	public record Cited(long id, Citation citation, String url) {

		public static Cited of(QuoteView quote, String absolutePermalink) {
			return new Cited(quote.id(), quote.citation(), absolutePermalink);
		}

	}

	/** The files: one or many quotes, each an entry. */
	public enum File {

		BIBTEX("bib", "application/x-bibtex"), RIS("ris", "application/x-research-info-systems"),
		CSL_JSON("json", "application/vnd.citationstyles.csl+json");

		public final String extension;

		public final MediaType mediaType;

		File(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = MediaType.parseMediaType(mediaType + ";charset=UTF-8");
		}

		/** The file of this extension, or null. */
		public static File of(String extension) {
			for (File file : values()) {
				if (file.extension.equals(extension)) {
					return file;
				}
			}
			return null;
		}

		public String write(List<Cited> quotes, JsonMapper json) {
			return switch (this) {
				case BIBTEX -> bibtex(quotes);
				case RIS -> ris(quotes);
				case CSL_JSON -> cslJson(quotes, json);
			};
		}

	}

	private static final DateTimeFormatter APA_DATE = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);

	private static final DateTimeFormatter CHICAGO_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	private static final String[] MLA_MONTHS = { "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.",
			"Sept.", "Oct.", "Nov.", "Dec." };

	private CitationStyles() {
	}

	/** {@code Marks, S. (2026, February 25). Episode [Audio podcast episode, at 12:03]. In Podcast. URL} */
	public static String apa(Cited c) {
		Citation q = c.citation();
		StringBuilder out = new StringBuilder();
		if (q.speaker() != null) {
			out.append(apaAuthor(q.speaker())).append(' ');
		}
		out.append('(').append(q.publishedOn() == null ? "n.d." : q.publishedOn().format(APA_DATE)).append("). ");
		out.append(q.episode()).append(" [Audio podcast episode").append(q.time() == null ? "" : ", at " + q.time())
			.append("]. In ").append(q.podcast()).append(". ").append(c.url());
		return out.toString();
	}

	/** {@code Marks, Sam. “Episode.” Podcast, 25 Feb. 2026, 12:03, URL.} (MLA writes the address without its scheme). */
	public static String mla(Cited c) {
		Citation q = c.citation();
		StringBuilder out = new StringBuilder();
		if (q.speaker() != null) {
			out.append(stop(inverted(q.speaker()))).append(' ');
		}
		out.append('\u201c').append(stop(q.episode())).append("\u201d ").append(q.podcast());
		if (q.publishedOn() != null) {
			LocalDate d = q.publishedOn();
			out.append(", ").append(d.getDayOfMonth()).append(' ').append(MLA_MONTHS[d.getMonthValue() - 1]).append(' ')
				.append(d.getYear());
		}
		if (q.time() != null) {
			out.append(", ").append(q.time());
		}
		return out.append(", ").append(c.url().replaceFirst("^https?://", "")).append('.').toString();
	}

	/** {@code Marks, Sam. “Episode.” Podcast. February 25, 2026. Podcast episode, 12:03. URL.} */
	public static String chicago(Cited c) {
		Citation q = c.citation();
		StringBuilder out = new StringBuilder();
		if (q.speaker() != null) {
			out.append(stop(inverted(q.speaker()))).append(' ');
		}
		out.append('\u201c').append(stop(q.episode())).append("\u201d ").append(stop(q.podcast())).append(' ');
		out.append(q.publishedOn() == null ? "n.d." : q.publishedOn().format(CHICAGO_DATE) + ".");
		out.append(" Podcast episode").append(q.time() == null ? "" : ", " + q.time()).append(". ");
		return out.append(c.url()).append('.').toString();
	}

	static String bibtex(List<Cited> quotes) {
		StringBuilder out = new StringBuilder();
		for (Cited c : quotes) {
			Citation q = c.citation();
			out.append("@misc{podquote").append(c.id()).append(",\n");
			if (q.speaker() != null) {
				field(out, "author", bibName(q.speaker()));
			}
			field(out, "title", "{" + tex(q.episode()) + "}");
			field(out, "howpublished", tex(q.podcast()) + ", podcast episode" + (q.time() == null ? "" : ", at " + q.time()));
			if (q.publishedOn() != null) {
				field(out, "year", String.valueOf(q.publishedOn().getYear()));
				field(out, "month", String.valueOf(q.publishedOn().getMonthValue()));
				field(out, "date", q.publishedOn().toString());
			}
			field(out, "note", "``" + tex(q.quote()) + "''");
			field(out, "url", c.url().replace("%", "\\%").replace("#", "\\#"));
			out.setLength(out.length() - 2);
			out.append("\n}\n\n");
		}
		return out.toString();
	}

	static String ris(List<Cited> quotes) {
		StringBuilder out = new StringBuilder();
		for (Cited c : quotes) {
			Citation q = c.citation();
			tag(out, "TY", "SOUND");
			tag(out, "ID", "podquote" + c.id());
			if (q.speaker() != null) {
				tag(out, "AU", inverted(q.speaker()));
			}
			tag(out, "TI", q.episode());
			tag(out, "T2", q.podcast());
			if (q.publishedOn() != null) {
				tag(out, "PY", String.valueOf(q.publishedOn().getYear()));
				tag(out, "DA", q.publishedOn().toString().replace('-', '/'));
			}
			tag(out, "M3", "Podcast episode");
			if (q.time() != null) {
				tag(out, "N1", "At " + q.time());
			}
			tag(out, "AB", q.quote());
			tag(out, "UR", c.url());
			out.append("ER  - \r\n");
		}
		return out.toString();
	}

	static String cslJson(List<Cited> quotes, JsonMapper json) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (Cited c : quotes) {
			Citation q = c.citation();
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", "podquote" + c.id());
			item.put("type", "broadcast");
			item.put("genre", "Podcast episode");
			item.put("title", q.episode());
			item.put("container-title", q.podcast());
			if (q.speaker() != null) {
				item.put("author", List.of(cslName(q.speaker())));
			}
			if (q.publishedOn() != null) {
				LocalDate d = q.publishedOn();
				item.put("issued", Map.of("date-parts", List.of(List.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))));
			}
			if (q.time() != null) {
				item.put("locator", q.time());
			}
			item.put("abstract", q.quote());
			item.put("URL", c.url());
			items.add(item);
		}
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(items) + "\n";
	}

	/** {@code Sam Marks} is {@code Marks, Sam}; a single name ("Plato") stays as it is. */
	static String inverted(String name) {
		String[] parts = split(name);
		return parts[0].isEmpty() ? parts[1] : parts[1] + ", " + parts[0];
	}

	/** {@code Sam Marks} is {@code Marks, S.}, {@code Mary-Jane Roe} {@code Roe, M.-J.}: the family name is the last word. */
	static String apaAuthor(String name) {
		String[] parts = split(name);
		if (parts[0].isEmpty()) {
			return stop(parts[1]);
		}
		StringBuilder initials = new StringBuilder();
		for (String given : parts[0].split("\\s+")) {
			if (!initials.isEmpty()) {
				initials.append(' ');
			}
			String[] hyphenated = given.split("-");
			for (int i = 0; i < hyphenated.length; i++) {
				if (!hyphenated[i].isEmpty()) {
					initials.append(i > 0 ? "-" : "").append(hyphenated[i].codePoints().limit(1)
						.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).append('.');
				}
			}
		}
		return parts[1] + ", " + initials;
	}

	/** [given names, family name]: the family is the last word; for a single word the given names are empty. */
	private static String[] split(String name) {
		String clean = name.strip().replaceAll("\\s+", " ");
		int space = clean.lastIndexOf(' ');
		return space < 0 ? new String[] { "", clean } : new String[] { clean.substring(0, space), clean.substring(space + 1) };
	}

	private static Map<String, String> cslName(String name) {
		String[] parts = split(name);
		return parts[0].isEmpty() ? Map.of("literal", parts[1]) : Map.of("family", parts[1], "given", parts[0]);
	}

	private static String bibName(String name) {
		String[] parts = split(name);
		return parts[0].isEmpty() ? "{" + tex(parts[1]) + "}" : tex(parts[1]) + ", " + tex(parts[0]);
	}

	/** A sentence's end where there is none yet: {@code Episode.}, but {@code Why?} stays. */
	private static String stop(String text) {
		return text.matches("(?s).*[.?!\u2026]$") ? text : text + ".";
	}

	/** BibTeX's special characters escaped, so that any title or quote reads back as written. */
	static String tex(String text) {
		StringBuilder out = new StringBuilder();
		for (char ch : text.toCharArray()) {
			switch (ch) {
				case '\\' -> out.append("\\textbackslash{}");
				case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(ch);
				case '~' -> out.append("\\textasciitilde{}");
				case '^' -> out.append("\\textasciicircum{}");
				case '\n', '\r' -> out.append(' ');
				default -> out.append(ch);
			}
		}
		return out.toString();
	}

	private static void field(StringBuilder out, String name, String value) {
		out.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	/** RIS: two letters, two spaces, a hyphen, a space, the value on one line; CRLF as the spec writes it. */
	private static void tag(StringBuilder out, String tag, String value) {
		out.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
	}

}
