package org.podquote.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.podquote.appearance.Appearance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The committed bad-input corpus ({@code src/test/resources/bad-input}, described in its README),
 * each file imported as a user does, {@code import --podcast=... FILE}: the files that must fail
 * exit 1 with {@code file:line: message} on standard error and leave the database and the index as
 * they were; the files that import with something left out exit 0, say what on standard output
 * ({@code warning: ...}) and store the cleaned values. Every file of the corpus is in one of the
 * two tables, so a file added without an expectation fails the test.
 */
@SpringBootTest(properties = { "podquote.seed=false" })
@AutoConfigureMockMvc
class BadInputCorpusTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportCommand command;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	/** The files that fail, and the one line each must fail with ({@code NAME}: the file as the report names it). */
	static Stream<Arguments> failing() {
		return Stream.of(
				fails("srt/negative-first-time.srt",
						"NAME:2: cue timing \"-00:00:01,000 --> 00:00:02,500\" has a negative time; times count from 0"),
				fails("srt/reversed-times.srt", "NAME:6: cue timing \"00:00:09,000 --> 00:00:05,000\" ends before it starts"),
				fails("srt/cut-off.srt", "NAME:6: broken cue timing \"00:00:02,500 --> 00:0\", expected e.g. "
						+ "00:00:01,000 --> 00:00:04,000 (is the file cut off?)"),
				fails("srt/number-without-timing.srt", "NAME:6: expected the timing of cue 2 such as "
						+ "00:00:01,000 --> 00:00:04,000, found \"Charles Babbage: As the loom weaves flowers.\""),
				fails("srt/latin1.srt", "NAME:3: not UTF-8 text (byte 35); save it as UTF-8"),
				fails("srt/nul-padded.srt", "NAME: binary data, not a transcript"),
				fails("srt/bidi-override-name.srt", "NAME:7: the name \"Charles Babbage\" holds the bidirectional "
						+ "control U+202E, which can make it show as another name; remove it"),
				fails("vtt/no-header.vtt",
						"NAME:1: a WebVTT file must start with \"WEBVTT\", found \"00:00:01.000 --> 00:00:02.500\""),
				fails("vtt/negative-time.vtt", "NAME:6: cue timing \"-00:00:03.000 --> 00:00:05.000\" has a negative "
						+ "time; times count from 0"),
				fails("vtt/reversed-times.vtt", "NAME:3: cue timing \"00:00:05.000 --> 00:00:02.500\" ends before it starts"),
				fails("vtt/cut-off.vtt", "NAME:6: broken cue timing \"00:00:02.500 --> 00:00:0\", expected e.g. "
						+ "00:00:01.000 --> 00:00:04.000 (is the file cut off?)"),
				fails("vtt/bidi-embedding-voice.vtt", "NAME:4: the name \"Ada Lovelace\" holds the bidirectional control "
						+ "U+202B, which can make it show as another name; remove it"),
				fails("vtt/empty.vtt", "NAME: the file is empty"),
				fails("vtt/header-only.vtt", "NAME: the WebVTT file has no cue with text"),
				fails("json/negative-start.json", "NAME:4: \"startTime\" must be a number of seconds from 0, found -1.5"),
				fails("json/reversed-times.json", "NAME:10: the passage ends (00:00:03.500) before it starts (00:00:08.000)"),
				fails("json/whisper-cpp-reversed-offsets.json",
						"NAME:10: the passage ends (00:00:01.000) before it starts (00:00:03.000)"),
				fails("json/cut-off.json", "NAME:3: not valid JSON: Unexpected end-of-input in property name"),
				fails("json/overlong-title.json", "PATH: could not be stored: the episode title is 1,679 characters long, "
						+ "longer than the 1,000 the library holds"),
				fails("json/overlong-speaker.json", "NAME:4: a speaker name of 431 characters, longer than 300: "
						+ "\"Ada Lovelace, Countess of Lovelace, Ada ...\""),
				fails("json/top-level-array.json", "NAME:1: expected a JSON object with a \"segments\" array"),
				fails("json/bidi-isolate-speaker.json", "NAME:10: the name \"Charles Babbage\" holds the bidirectional "
						+ "control U+2067, which can make it show as another name; remove it"),
				fails("json/start-as-word.json", "NAME:3: \"start\" must be a number of seconds"),
				fails("html/windows-1252.html", "NAME:3: not UTF-8 text (byte 129); save it as UTF-8"),
				fails("html/no-text.html", "NAME: the HTML has no <p> paragraph with text"),
				fails("text/bidi-override.txt", "NAME:3: the name \"Ada Lovelace\" holds the bidirectional control "
						+ "U+202E, which can make it show as another name; remove it"),
				fails("text/utf16-without-bom.txt", "NAME:1: not UTF-8 text (byte 2): it looks like UTF-16 without a "
						+ "byte-order mark; save it as UTF-8"),
				fails("text/png-renamed.txt", "NAME: binary data, not a transcript"),
				fails("text/blank.txt", "NAME: the file is empty"),
				fails("speaker-page/bidi-name.txt", "NAME:4: the name \"ecalevoL adA\" holds the bidirectional control "
						+ "U+202E, which can make it show as another name; remove it"),
				fails("speaker-page/quote-missing.txt",
						"NAME:18: the appearance in \"\"The Analytical Engine\" with Ada Lovelace\" has no quote"),
				fails("speaker-page/header-only.txt", "NAME:12: the page lists no appearances"),
				fails("speaker-page/overlong-episode-title.txt", "NAME:14: the episode title is 1,223 characters long, "
						+ "longer than the 1,000 the library holds"),
				fails("feed/unclosed.xml", "PATH:7: not well-formed XML: The element type \"item\" must be terminated by "
						+ "the matching end-tag \"</item>\"."),
				fails("feed/truncated.xml", "PATH:6: not well-formed XML: XML document structures must start and end "
						+ "within the same entity."),
				fails("feed/atom-not-rss.xml", "PATH:2: expected an RSS 2.0 feed (<rss>), found <feed>"),
				fails("feed/doctype-entity.xml",
						"PATH:3: not well-formed XML: The entity \"secret\" was referenced, but not declared."),
				fails("feed/empty.xml", "PATH:1: not well-formed XML: Premature end of file."),
				fails("feed/latin1-declared-utf8.xml",
						"PATH:4: not well-formed XML: Invalid byte 2 of 3-byte UTF-8 sequence."));
	}

	/** The files that import with something left out or cleaned, and the warnings they must give. */
	static Stream<Arguments> warned() {
		return Stream.of(imports("srt/zero-width-name.srt"), imports("srt/control-characters.srt"),
				imports("srt/utf16le-bom.srt"), imports("srt/bidi-reversed-text.srt"), imports("vtt/utf8-bom.vtt"),
				imports("json/escaped-nul.json"),
				imports("json/script-urls.json",
						"NAME: the audio \"javascript:alert(document.cookie)\" in JSON fields is not an http or https "
								+ "address; left out",
						"NAME: the link \"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\" in JSON fields "
								+ "is not an http or https address; left out"),
				imports("html/script-and-javascript-links.html",
						"NAME: the audio \"javascript:alert(1)\" in <meta> is not an http or https address; left out",
						"NAME: the link \"vbscript:msgbox(1)\" in <link> is not an http or https address; left out"),
				imports("html/nul-entity.html"), imports("html/unclosed-tags.html"),
				imports("text/zero-width-and-nbsp-names.txt"),
				imports("markdown/front-matter-bad-urls.md",
						"NAME: the audio \"file:///etc/passwd\" in front matter is not an http or https address; left out",
						"NAME: the link \"vbscript:msgbox(1)\" in front matter is not an http or https address; left out"),
				imports("markdown/relative-link.md",
						"NAME: the audio \"../audio/episode-1.mp3\" in front matter is not an http or https address; "
								+ "left out",
						"NAME: the link \"/episodes/1\" in front matter is not an http or https address; left out"),
				imports("markdown/control-characters.md"), imports("markdown/unclosed-front-matter.md"),
				imports("feed/script-addresses.xml",
						"PATH:5: link \"javascript:alert(1)\" is not an http or https address; left out",
						"PATH:6: itunes:image \"data:image/svg+xml,<svg onload=alert(1)>\" is not an http or https "
								+ "address; left out",
						"PATH:8: link \"data:text/html,<script>alert(1)</script>\" is not an http or https address; "
								+ "left out",
						"PATH:9: enclosure \"javascript:alert(document.cookie)\" is not an http or https address; left out",
						"PATH:10: podcast:person img \"file:///etc/passwd\" is not an http or https address; left out",
						"PATH:10: podcast:person href \"javascript:alert(1)\" is not an http or https address; left out",
						"PATH:11: podcast:transcript \"file:///etc/passwd\" is not an http or https address; left out"),
				imports("feed/bidi-person.xml", "PATH:7: podcast:person ignored: the name \"ecalevoL adA\" holds the "
						+ "bidirectional control U+202E, which can make it show as another name; remove it"),
				imports("feed/relative-enclosure.xml",
						"PATH:6: enclosure \"/audio/1.mp3\" is not an http or https address; left out",
						"PATH:7: link \"episodes/1.html\" is not an http or https address; left out"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("failing")
	void failsWithFileAndLineAndWritesNothing(String file, String failure) throws Exception {
		Path path = corpus(file);
		Map<String, Long> rows = LibraryRows.count(jdbc);
		long indexed = indexed();

		Run run = run(path, "Corpus failing " + path.getFileName());

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.failures()).containsExactly(shown(failure, path));
		assertThat(run.out()).endsWith("1 failed; 0 appearances in " + run.seconds() + " s\n");
		assertThat(LibraryRows.count(jdbc)).isEqualTo(rows);
		assertThat(indexed()).isEqualTo(indexed);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("warned")
	void importsWithEachValueLeftOutSaidAndTheIndexInStep(String file, List<String> warnings) throws Exception {
		Path path = corpus(file);

		Run run = run(path, "Corpus warned " + path.getFileName());

		assertThat(run.exit()).as(run.failures().toString()).isZero();
		assertThat(run.failures()).isEmpty();
		assertThat(run.warnings()).containsExactlyElementsOf(warnings.stream().map(w -> shown(w, path)).toList());
		assertThat(indexed()).isEqualTo(jdbc.queryForObject("select count(*) from appearance", Long.class));
		assertNothingStoredHoldsAControlOrInvisibleCharacter();
	}

	@Test
	void aFeedItemWithAGuidTooLongFailsByItsFieldAndTheOthersImport() throws Exception {
		Path path = corpus("feed/overlong-guid.xml");

		Run run = run(path);

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.failures()).containsExactly(path + ":5: the episode could not be stored: the episode's guid "
				+ "is 1,129 characters long, longer than the 1,000 the library holds");
		assertThat(titles("Overlong Guids")).containsExactly("Short Guid");
	}

	@Test
	void namesWithInvisibleCharactersAreThePersonOfTheCleanName() throws Exception {
		run(corpus("vtt/utf8-bom.vtt"));
		run(corpus("srt/zero-width-name.srt"));
		run(corpus("text/zero-width-and-nbsp-names.txt"));

		assertThat(jdbc.queryForList("select name from speaker where name_key like '%lovelace%' or name_key like "
				+ "'%babbage%'", String.class))
			.containsExactlyInAnyOrder("Ada Lovelace", "Charles Babbage");
		assertThat(jdbc.queryForObject("select slug from speaker where name = 'Ada Lovelace'", String.class))
			.isEqualTo("ada-lovelace");
		assertThat(speakersOf("Corpus zero-width-name.srt")).containsExactly("Ada Lovelace", "Charles Babbage");
		assertThat(speakersOf("Corpus zero-width-and-nbsp-names.txt")).containsExactly("Ada Lovelace", "Ada Lovelace",
				"Charles Babbage");
	}

	@Test
	void controlCharactersLeaveTitlesAndQuotes() throws Exception {
		run(corpus("json/escaped-nul.json"));
		run(corpus("markdown/control-characters.md"));
		run(corpus("srt/control-characters.srt"));
		run(corpus("html/nul-entity.html"));
		run(corpus("srt/bidi-reversed-text.srt"));

		assertThat(titles("Corpus escaped-nul.json")).containsExactly("Engines of Thought");
		assertThat(quotes("Corpus escaped-nul.json")).containsExactly("The engine weaves algebraic patterns.");
		assertThat(speakersOf("Corpus escaped-nul.json")).containsExactly("Ada Lovelace");
		assertThat(titles("Corpus control-characters.md")).containsExactly("Bell and Escape");
		assertThat(quotes("Corpus control-characters.md")).hasSize(12)
			.first()
			.isEqualTo("The engine weaves algebraic patterns, just as the Jacquard loom weaves flowers and leaves. Part 0.");
		assertThat(quotes("Corpus control-characters.srt")).containsExactly("The engine weaves algebraic patterns.",
				"As the Jacquard loom weaves flowers and leaves, and more besides, all day long.");
		assertThat(titles("Corpus nul-entity.html")).containsExactly("Entity Title");
		assertThat(quotes("Corpus nul-entity.html")).containsExactly("The engine weaves algebraic patterns.");
		assertThat(quotes("Corpus bidi-reversed-text.srt"))
			.containsExactly("The engine weaves patterns. egabbaB selrahC: As the loom weaves flowers.");
	}

	@Test
	void addressesThatAreNoWebAddressesAreNotStored() throws Exception {
		run(corpus("json/script-urls.json"));
		run(corpus("html/script-and-javascript-links.html"));
		run(corpus("markdown/front-matter-bad-urls.md"));
		run(corpus("feed/script-addresses.xml"));
		run(corpus("feed/relative-enclosure.xml"));

		for (String title : List.of("Scripted Addresses", "Scripted Page", "Front Matter Addresses",
				"Scripted Enclosure", "Relative")) {
			assertThat(jdbc.queryForList("select coalesce(audio_url, '') || coalesce(link, '') from episode "
					+ "where title = ?", String.class, title))
				.as(title)
				.isNotEmpty()
				.containsOnly("");
		}
		assertThat(jdbc.queryForList("select audio_url || ' ' || link from episode where title = 'Good Enclosure'",
				String.class))
			.containsExactly("https://example.com/audio/2.mp3 https://example.com/episodes/2");
		assertThat(jdbc.queryForList("select coalesce(site_url, '') || coalesce(image_url, '') from podcast "
				+ "where title = 'Script Addresses'", String.class))
			.containsExactly("");
		assertThat(jdbc.queryForList("""
				select s.name || ' ' || c.role from credit c join speaker s on s.id = c.speaker_id
				join episode e on e.id = c.episode_id where e.title = 'Scripted Enclosure'""", String.class))
			.containsExactly("Grace Hopper guest");
		assertThat(jdbc.queryForObject("select count(*) from transcript_source where location like 'file:%'",
				Long.class))
			.isZero();
	}

	@Test
	void anAddressAnOlderVersionStoredIsNeitherLinkedNorPlayedNorInTheApi() throws Exception {
		run(corpus("vtt/utf8-bom.vtt"), "Corpus stored addresses");
		jdbc.update("""
				update episode set audio_url = 'javascript:alert(1)', link = 'data:text/html,<script>alert(2)</script>'
				where podcast_id = (select id from podcast where title = 'Corpus stored addresses')""");
		jdbc.update("update podcast set site_url = 'vbscript:msgbox(1)', image_url = 'file:///etc/passwd' "
				+ "where title = 'Corpus stored addresses'");
		String podcast = jdbc.queryForObject("select slug from podcast where title = 'Corpus stored addresses'",
				String.class);
		String episode = jdbc.queryForObject("select e.slug from episode e join podcast p on p.id = e.podcast_id "
				+ "where p.title = 'Corpus stored addresses'", String.class);

		String page = mvc.perform(get("/podcasts/" + podcast + "/episodes/" + episode))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String api = mvc.perform(get("/api/v1/episodes/" + podcast + "/" + episode))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String show = mvc.perform(get("/api/v1/podcasts/" + podcast)).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("The engine weaves algebraic patterns.").doesNotContain("<audio");
		assertThat(Jsoup.parse(page).select("[href], [src]"))
			.allSatisfy(element -> assertThat(element.attr("href") + element.attr("src")).doesNotContainIgnoringCase(
					"javascript:").doesNotContainIgnoringCase("data:text"));
		assertThat(api).contains("\"audioUrl\":null").contains("\"link\":null").doesNotContain("javascript:");
		assertThat(show).contains("\"siteUrl\":null").doesNotContain("vbscript:").doesNotContain("file:");
	}

	@Test
	void aPersonWithABidiControlIsNotCreditedAndTheOthersAre() throws Exception {
		run(corpus("feed/bidi-person.xml"));

		assertThat(jdbc.queryForList("""
				select s.name || ' ' || c.role from credit c join speaker s on s.id = c.speaker_id
				join episode e on e.id = c.episode_id where e.title = 'Spoofed Guest' order by s.name""", String.class))
			.containsExactly("Ada Lovelace host", "Grace Hopper guest");
	}

	@Test
	void everyFileOfTheCorpusHasAnExpectation() throws Exception {
		Set<String> expected = new TreeSet<>();
		Stream.concat(failing(), warned()).forEach(arguments -> expected.add((String) arguments.get()[0]));
		expected.add("feed/overlong-guid.xml");
		Path root = corpus("");
		try (Stream<Path> files = Files.walk(root)) {
			Set<String> found = files.filter(Files::isRegularFile)
				.map(file -> root.relativize(file).toString().replace('\\', '/'))
				.filter(name -> !name.equals("README.md"))
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(found).isEqualTo(expected).hasSizeGreaterThanOrEqualTo(40);
		}
	}

	private void assertNothingStoredHoldsAControlOrInvisibleCharacter() {
		Map<String, String> columns = Map.of("speaker.name", "select name from speaker", "episode.title",
				"select e.title from episode e join podcast p on p.id = e.podcast_id where p.title like 'Corpus %'",
				"appearance.text", """
						select a.text from appearance a join episode e on e.id = a.episode_id
						join podcast p on p.id = e.podcast_id where p.title like 'Corpus %'""");
		for (String column : columns.keySet()) {
			String[] parts = column.split("\\.");
			for (String value : jdbc.queryForList(columns.get(column), String.class)) {
				assertThat(value.codePoints()
					.filter(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
							|| c == 0x202D || c == 0x202E || (parts[0].equals("speaker") && (c == 0x200B || c == 0xFEFF
									|| (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))))
					.toArray()).as("%s \"%s\"", column, value).isEmpty();
			}
		}
	}

	private List<String> titles(String podcast) {
		return jdbc.queryForList("select e.title from episode e join podcast p on p.id = e.podcast_id where p.title = ?",
				String.class, podcast);
	}

	private List<String> quotes(String podcast) {
		return jdbc.queryForList("""
				select a.text from appearance a join episode e on e.id = a.episode_id
				join podcast p on p.id = e.podcast_id where p.title = ? order by a.position""", String.class, podcast);
	}

	private List<String> speakersOf(String podcast) {
		return jdbc.queryForList("""
				select s.name from appearance a join speaker s on s.id = a.speaker_id join episode e on e.id = a.episode_id
				join podcast p on p.id = e.podcast_id where p.title = ? order by a.position""", String.class, podcast);
	}

	private long indexed() {
		return transactions.execute(tx -> Search.session(entityManager)
			.search(Appearance.class)
			.where(f -> f.matchAll())
			.fetchTotalHitCount());
	}

	/** The line as the report writes it: {@code NAME} the file's name, {@code PATH} its path. */
	private static String shown(String line, Path path) {
		return line.replace("PATH", path.toString()).replace("NAME", path.getFileName().toString());
	}

	private static Path corpus(String file) throws URISyntaxException {
		return Path.of(BadInputCorpusTest.class.getResource("/bad-input").toURI()).resolve(file);
	}

	private Run run(Path file) {
		return run(file, "Corpus " + file.getFileName());
	}

	/** {@code import --podcast=PODCAST FILE}; a podcast of its own, so that the file is read, not found unchanged. */
	private Run run(Path file, String podcast) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = command.run(List.of(file.toString()), podcast,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static Arguments fails(String file, String failure) {
		return Arguments.of(file, failure);
	}

	private static Arguments imports(String file, String... warnings) {
		return Arguments.of(file, List.of(warnings));
	}

	/** What one {@code import} printed. */
	private record Run(int exit, String out, String err) {

		/** Standard error without the progress bar. */
		List<String> failures() {
			return Arrays.stream(err.split("\r?\n|\r"))
				.filter(line -> !line.isBlank() && !line.startsWith("["))
				.toList();
		}

		List<String> warnings() {
			return out.lines().filter(line -> line.startsWith("warning: ")).map(line -> line.substring(9)).toList();
		}

		/** The summary's time, as it printed it. */
		String seconds() {
			return out.replaceAll("(?s).* appearances in ([\\d.]+) s\\n$", "$1");
		}

	}

}
