package org.podquote.appearance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Each citation style and file, field by field, for a quote with everything known and one with little. */
class CitationStylesTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final CitationStyles.Cited FULL = new CitationStyles.Cited(7,
			new Citation("Costs & benefits: 50% {mostly} #1_best", "Ada Mary-Jane Lovelace", "Why engines? Part 2",
					"The Loom & Co", LocalDate.of(2026, 2, 5), "12:03"),
			"https://quotes.example/quotes/7");

	static final CitationStyles.Cited SPARSE = new CitationStyles.Cited(8,
			new Citation("Hello.", null, "Episode 3", "Plain Show", null, null), "http://quotes.example/quotes/8");

	static final CitationStyles.Cited MONONYM = new CitationStyles.Cited(9,
			new Citation("Know thyself.", "Plato", "Dialogues", "Agora", LocalDate.of(2020, 9, 30), "1:02:03"),
			"https://quotes.example/quotes/9");

	@Test
	void apaNamesTheSpeakerByInitialsThenDateTitleShowAndLink() {
		assertThat(CitationStyles.apa(FULL)).isEqualTo("Lovelace, A. M.-J. (2026, February 5). Why engines? Part 2 "
				+ "[Audio podcast episode, at 12:03]. In The Loom & Co. https://quotes.example/quotes/7");
		assertThat(CitationStyles.apa(SPARSE))
			.isEqualTo("(n.d.). Episode 3 [Audio podcast episode]. In Plain Show. http://quotes.example/quotes/8");
		assertThat(CitationStyles.apa(MONONYM)).startsWith("Plato. (2020, September 30). Dialogues");
	}

	@Test
	void mlaInvertsTheNameAbbreviatesTheMonthAndDropsTheScheme() {
		assertThat(CitationStyles.mla(FULL)).isEqualTo("Lovelace, Ada Mary-Jane. \u201cWhy engines? Part 2.\u201d The Loom & Co, "
				+ "5 Feb. 2026, 12:03, quotes.example/quotes/7.");
		assertThat(CitationStyles.mla(SPARSE)).isEqualTo("\u201cEpisode 3.\u201d Plain Show, quotes.example/quotes/8.");
		assertThat(CitationStyles.mla(MONONYM)).startsWith("Plato. \u201cDialogues.\u201d Agora, 30 Sept. 2020, 1:02:03,");
	}

	@Test
	void chicagoWritesTheFullDateOrNoDate() {
		assertThat(CitationStyles.chicago(FULL)).isEqualTo("Lovelace, Ada Mary-Jane. \u201cWhy engines? Part 2.\u201d "
				+ "The Loom & Co. February 5, 2026. Podcast episode, 12:03. https://quotes.example/quotes/7.");
		assertThat(CitationStyles.chicago(SPARSE))
			.isEqualTo("\u201cEpisode 3.\u201d Plain Show. n.d. Podcast episode. http://quotes.example/quotes/8.");
	}

	@Test
	void bibtexHasOneEntryPerQuoteWithEscapedFields() {
		String bib = CitationStyles.bibtex(List.of(FULL, SPARSE, MONONYM));
		List<Map<String, String>> entries = bibEntries(bib);
		assertThat(entries).hasSize(3);
		assertThat(entries.get(0)).containsExactly(Map.entry("key", "podquote7"),
				Map.entry("author", "Lovelace, Ada Mary-Jane"), Map.entry("title", "{Why engines? Part 2}"),
				Map.entry("howpublished", "The Loom \\& Co, podcast episode, at 12:03"), Map.entry("year", "2026"),
				Map.entry("month", "2"), Map.entry("date", "2026-02-05"),
				Map.entry("note", "``Costs \\& benefits: 50\\% \\{mostly\\} \\#1\\_best''"),
				Map.entry("url", "https://quotes.example/quotes/7"));
		assertThat(entries.get(1)).containsOnlyKeys("key", "title", "howpublished", "note", "url");
		assertThat(entries.get(2)).containsEntry("author", "{Plato}");
		assertThat(bib).startsWith("@misc{podquote7,\n");
	}

	@Test
	void risTagsEachFieldAndEndsEachRecord() {
		String ris = CitationStyles.ris(List.of(FULL, SPARSE));
		assertThat(ris.split("\r\n")).containsExactly("TY  - SOUND", "ID  - podquote7", "AU  - Lovelace, Ada Mary-Jane",
				"TI  - Why engines? Part 2", "T2  - The Loom & Co", "PY  - 2026", "DA  - 2026/02/05", "M3  - Podcast episode",
				"N1  - At 12:03", "AB  - Costs & benefits: 50% {mostly} #1_best", "UR  - https://quotes.example/quotes/7",
				"ER  - ", "TY  - SOUND", "ID  - podquote8", "TI  - Episode 3", "T2  - Plain Show", "M3  - Podcast episode",
				"AB  - Hello.", "UR  - http://quotes.example/quotes/8", "ER  - ");
	}

	@Test
	void cslJsonIsAnArrayOfBroadcastItems() {
		JsonNode items = JSON.readTree(CitationStyles.cslJson(List.of(FULL, SPARSE, MONONYM), JSON));
		assertThat(items.isArray()).isTrue();
		JsonNode full = items.get(0);
		assertThat(full.get("id").asString()).isEqualTo("podquote7");
		assertThat(full.get("type").asString()).isEqualTo("broadcast");
		assertThat(full.get("genre").asString()).isEqualTo("Podcast episode");
		assertThat(full.get("title").asString()).isEqualTo("Why engines? Part 2");
		assertThat(full.get("container-title").asString()).isEqualTo("The Loom & Co");
		assertThat(full.get("author").get(0).get("family").asString()).isEqualTo("Lovelace");
		assertThat(full.get("author").get(0).get("given").asString()).isEqualTo("Ada Mary-Jane");
		assertThat(full.at("/issued/date-parts/0").toString()).isEqualTo("[2026,2,5]");
		assertThat(full.get("locator").asString()).isEqualTo("12:03");
		assertThat(full.get("abstract").asString()).isEqualTo("Costs & benefits: 50% {mostly} #1_best");
		assertThat(full.get("URL").asString()).isEqualTo("https://quotes.example/quotes/7");
		assertThat(items.get(1).has("author")).isFalse();
		assertThat(items.get(1).has("issued")).isFalse();
		assertThat(items.get(2).get("author").get(0).get("literal").asString()).isEqualTo("Plato");
	}

	/** The entries of a BibTeX file as key and fields, read back by a small reader of our own layout. */
	static List<Map<String, String>> bibEntries(String bib) {
		List<Map<String, String>> entries = new java.util.ArrayList<>();
		Matcher entry = Pattern.compile("@misc\\{([^,]+),\\n(.*?)\\n\\}", Pattern.DOTALL).matcher(bib);
		while (entry.find()) {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("key", entry.group(1));
			for (String line : entry.group(2).split(",\n")) {
				Matcher field = Pattern.compile("\\s*(\\w+) = \\{(.*)\\}", Pattern.DOTALL).matcher(line);
				assertThat(field.matches()).as(line).isTrue();
				fields.put(field.group(1), field.group(2));
			}
			entries.add(fields);
		}
		return entries;
	}

}
