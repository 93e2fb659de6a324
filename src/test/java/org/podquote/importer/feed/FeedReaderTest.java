package org.podquote.importer.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podquote.importer.feed.ParsedFeed.Item;
import org.podquote.importer.feed.ParsedFeed.Person;
import org.podquote.importer.feed.ParsedFeed.Transcript;
import org.podquote.importer.format.LenientValues;
import org.podquote.importer.format.TranscriptParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class FeedReaderTest {

	private static final String CURRENT = "current-namespace.xml";

	private final FeedReader reader = new FeedReader();

	@Test
	void readsTheChannel() throws Exception {
		ParsedFeed feed = fixture(CURRENT);

		assertThat(feed.title()).isEqualTo("Fixture Talk & Friends");
		assertThat(feed.siteUrl()).isEqualTo("https://fixture.example/talk");
		assertThat(feed.description()).isEqualTo("A show <b>written</b> for Podquote's tests.");
		assertThat(feed.imageUrl()).isEqualTo("https://fixture.example/talk/cover.jpg");
		assertThat(feed.feedUrl()).isEqualTo("https://fixture.example/talk/feed.xml");
		assertThat(feed.language()).isEqualTo("en");
		assertThat(feed.warnings()).isEmpty();
	}

	@Test
	void readsPersonsWithDefaultsAndLowerCaseRolesOfTheCurrentNamespace() throws Exception {
		ParsedFeed feed = fixture(CURRENT);

		assertThat(feed.persons()).containsExactly(
				new Person("Ada Host", "host", "cast", "https://fixture.example/ada.jpg", "https://fixture.example/ada"),
				new Person("Pat Producer", "producer", "audio post-production", null, null));
	}

	@Test
	void readsTheLegacyNamespace() throws Exception {
		ParsedFeed feed = fixture("legacy-namespace.xml");

		assertThat(feed.imageUrl()).isEqualTo("https://legacy.example/art.png");
		assertThat(feed.persons()).extracting(Person::name).containsExactly("Lee Legacy");
		Item pilot = feed.items().get(0);
		assertThat(pilot.transcripts())
			.containsExactly(new Transcript("https://legacy.example/1.vtt", "text/vtt", "de", "captions"));
		assertThat(pilot.transcripts().get(0).captions()).isTrue();
		assertThat(pilot.persons()).containsExactly(
				new Person("Gus Guest", "guest", "writing", "https://legacy.example/gus.png", null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://podcastindex.org/namespace/1.0/", "HTTPS://PodcastIndex.org/namespace/1.0",
			"http://podcastindex.org/namespace/1.0",
			"https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md/",
			"https://GITHUB.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md" })
	void acceptsVariantsOfBothNamespaceUris(String namespace) throws Exception {
		ParsedFeed feed = inline(namespace);

		assertThat(feed.persons()).extracting(Person::name).containsExactly("Vera Variant");
		assertThat(feed.items().get(0).transcripts()).extracting(Transcript::url)
			.containsExactly("https://variant.example/1.json");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://example.com/podcast", "https://podcastindex.org/namespace/2.0",
			"https://github.com/Podcastindex-org/podcast-namespace" })
	void ignoresLookalikeNamespaces(String namespace) throws Exception {
		ParsedFeed feed = inline(namespace);

		assertThat(feed.persons()).isEmpty();
		assertThat(feed.items().get(0).transcripts()).isEmpty();
	}

	@Test
	void skipsLiveItems() throws Exception {
		assertThat(fixture(CURRENT).items()).extracting(Item::title)
			.containsExactly("Episode 3: Every Format", "Episode 2: Captions Only", "Episode 1: Plain",
					"Episode 0: Trailer");
	}

	@Test
	void itemPersonsReplaceChannelPersons() throws Exception {
		ParsedFeed feed = fixture(CURRENT);
		Item withGuest = feed.items().get(0);

		List<Person> people = feed.personsOf(withGuest);

		assertThat(people).extracting(Person::name, Person::role)
			.containsExactly(tuple("Grace Guest", "guest"), tuple("Ada Host", "host"));
		assertThat(people).extracting(Person::name).doesNotContain("Pat Producer");
		assertThat(withGuest.effectivePersons(feed.persons())).isEqualTo(people);
	}

	@Test
	void itemsWithoutPersonsHaveTheChannelPersons() throws Exception {
		ParsedFeed feed = fixture(CURRENT);
		Item noPersons = feed.items().get(1);

		assertThat(noPersons.persons()).isEmpty();
		assertThat(feed.personsOf(noPersons)).isEqualTo(feed.persons());
	}

	@Test
	void ignoresPersonsWithoutANameWithAWarning() throws Exception {
		ParsedFeed feed = fixture(CURRENT);
		Item trailer = feed.items().get(3);

		assertThat(trailer.persons()).isEmpty();
		assertThat(feed.personsOf(trailer)).isEqualTo(feed.persons());
		assertThat(trailer.warnings())
			.contains(CURRENT + ":61: a podcast:person without a name is ignored");
	}

	@Test
	void choosesTheRichestTranscriptOfTheFeed() throws Exception {
		List<Item> items = fixture(CURRENT).items();

		assertThat(items.get(0).richestTranscript()).contains(
				new Transcript("https://fixture.example/talk/3.json", "application/json", "es", null));
		assertThat(items.get(1).richestTranscript()).get()
			.extracting(Transcript::url, Transcript::format)
			.containsExactly("https://fixture.example/talk/2.srt", "srt");
		assertThat(items.get(2).richestTranscript()).get()
			.extracting(Transcript::url, Transcript::format)
			.containsExactly("https://fixture.example/talk/1.txt", "text");
		assertThat(items.get(3).richestTranscript()).isEmpty();
	}

	@Test
	void transcriptsWithoutLanguageHaveTheChannelLanguage() throws Exception {
		Item every = fixture(CURRENT).items().get(0);

		assertThat(every.transcripts()).extracting(Transcript::language).containsExactly("en", "en", "en", "en", "es");
	}

	@Test
	void ignoresTranscriptsWithoutUrlWithAWarning() throws Exception {
		Item trailer = fixture(CURRENT).items().get(3);

		assertThat(trailer.transcripts()).isEmpty();
		assertThat(trailer.warnings()).contains(CURRENT + ":60: a podcast:transcript without a url is ignored");
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/vtt text/html|text/vtt", "application/srt text/vtt|text/vtt",
			"text/html application/x-subrip|application/x-subrip", "text/plain text/html|text/html",
			"text/vtt application/json text/srt|application/json", "text/plain application/pdf|text/plain",
			"application/pdf|none", "|none" })
	void ranksTranscriptTypes(String example) {
		String[] parts = example.split("\\|");
		List<Transcript> transcripts = parts[0].isEmpty() ? List.of()
				: Arrays.stream(parts[0].split(" "))
					.map((type) -> new Transcript("https://x.example/" + type, type, null, null))
					.toList();
		Item item = new Item("g", "t", null, null, null, null, null, transcripts, List.of(), List.of(), 1);

		assertThat(item.richestTranscript().map(Transcript::type).orElse("none")).isEqualTo(parts[1]);
	}

	@Test
	void readsDurationsInAllThreeForms() throws Exception {
		List<Item> items = fixture(CURRENT).items();
		Duration oneHourTwoMinutesFive = Duration.ofHours(1).plusMinutes(2).plusSeconds(5);

		assertThat(items).extracting(Item::duration)
			.containsExactly(oneHourTwoMinutesFive, oneHourTwoMinutesFive, oneHourTwoMinutesFive, null);
		assertThat(items.get(3).warnings())
			.contains(CURRENT + ":59: itunes:duration \"about an hour\" is not seconds, MM:SS or HH:MM:SS");
	}

	@ParameterizedTest
	@ValueSource(strings = { "90=PT1M30S", "3725.5=PT1H2M5.5S", "0=PT0S", "75:00=PT1H15M", "5:07=PT5M7S",
			"1:02:03=PT1H2M3S", "10:00:00.25=PT10H0.25S", " 42 =PT42S" })
	void parsesDurations(String example) {
		String[] parts = example.split("=");

		assertThat(LenientValues.parseDuration(parts[0])).isEqualTo(Duration.parse(parts[1]));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "-5", "1:60:00", "12:75", "1:2:3:4", "1h 2m", "12:", ":30" })
	void rejectsDurationsThatAreNone(String text) {
		assertThat(LenientValues.parseDuration(text)).isNull();
	}

	@Test
	void readsThePublishedDayAsWritten() throws Exception {
		List<Item> items = fixture(CURRENT).items();

		// 23:30 at -0500 is already the next day in UTC; the listener's day is the written one
		assertThat(items).extracting(Item::publishedOn)
			.containsExactly(LocalDate.of(2020, 10, 9), LocalDate.of(2020, 10, 9), null, null);
		assertThat(items.get(2).warnings())
			.contains(CURRENT + ":51: pubDate \"sometime last autumn\" is not a date; the episode stays undated");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Fri, 09 Oct 2020 04:30:38 GMT", "Mon, 09 Oct 2020 04:30:38 GMT", "09 Oct 2020",
			"Fri, 9 Oct 2020 04:30 PDT", "Friday, 09 October 2020 04:30:38 +0000", "Fri,09 Oct 2020 04:30:38 +00:00",
			"fri, 09 oct 2020 04:30:38 gmt", "Fri, 09 Oct. 2020", "9-Oct-2020", "Fri, 09 Oct 20 04:30:38 Z",
			"Oct 9, 2020", "Friday, October 9th, 2020", "2020-10-09T04:30:38Z", "2020-10-09", " Fri, 09 Oct 2020 " })
	void parsesRealWorldDates(String text) {
		assertThat(LenientValues.parseDate(text)).isEqualTo(LocalDate.of(2020, 10, 9));
	}

	@Test
	void readsAbbreviatedSeptember() {
		assertThat(LenientValues.parseDate("Wed, 09 Sept 2020 10:00:00 +0200")).isEqualTo(LocalDate.of(2020, 9, 9));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "yesterday", "Wed, 31 Feb 2021 10:00:00 GMT", "09 Foo 2020", "2020-13-01",
			"1602217838", "Fri, 09 Oc 2020" })
	void rejectsDatesThatAreNone(String text) {
		assertThat(LenientValues.parseDate(text)).isNull();
	}

	@Test
	void fallsBackFromGuidToEnclosureLinkAndTitle() throws Exception {
		List<Item> items = fixture(CURRENT).items();

		assertThat(items).extracting(Item::guid)
			.containsExactly("fixture-talk-3", "https://fixture.example/talk/2.mp3", "https://fixture.example/talk/1",
					"Episode 0: Trailer");
		assertThat(items.get(0).warnings()).isEmpty();
		assertThat(items.get(1).warnings())
			.containsExactly(CURRENT + ":39: the item has no guid; \"https://fixture.example/talk/2.mp3\" identifies it");
	}

	@Test
	void warnsAboutMissingTitles() throws Exception {
		byte[] untitled = "<rss version=\"2.0\"><channel><item><guid>g</guid></item></channel></rss>".getBytes();

		ParsedFeed feed = this.reader.parse("untitled.xml", untitled);

		assertThat(feed.warnings()).containsExactly("untitled.xml: the channel has no title");
		assertThat(feed.items().get(0).warnings()).containsExactly("untitled.xml:1: the item has no title");
	}

	@Test
	void readsItemFields() throws Exception {
		Item every = fixture(CURRENT).items().get(0);

		assertThat(every.title()).isEqualTo("Episode 3: Every Format");
		assertThat(every.link()).isEqualTo("https://fixture.example/talk/3");
		assertThat(every.enclosureUrl()).isEqualTo("https://fixture.example/talk/3.mp3");
		assertThat(every.line()).isEqualTo(24);
	}

	@Test
	void readsStreamsAsBytes() throws Exception {
		try (InputStream in = FeedReaderTest.class.getResourceAsStream("/importer/feeds/" + CURRENT)) {
			assertThat(this.reader.parse(CURRENT, in)).isEqualTo(fixture(CURRENT));
		}
	}

	@Test
	void honoursTheDeclaredEncoding() throws Exception {
		byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
				+ "<rss version=\"2.0\"><channel><title>Caf\u00e9 Cr\u00e8me</title></channel></rss>")
			.getBytes(StandardCharsets.ISO_8859_1);

		assertThat(this.reader.parse("latin1.xml", latin1).title()).isEqualTo("Caf\u00e9 Cr\u00e8me");
	}

	@Test
	void notWellFormedFeedFailsWithItsLine() {
		assertThatExceptionOfType(TranscriptParseException.class).isThrownBy(() -> fixture("not-well-formed.xml"))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(12);
				assertThat(ex.getMessage()).contains("must be terminated by the matching end-tag")
					.doesNotContain("ParseError");
				assertThat(ex.describe()).startsWith("not-well-formed.xml:12: not well-formed XML: ");
			});
	}

	@Test
	void readsAFeedThatUsesWellKnownPrefixesWithoutDeclaringThemAndWarns() throws Exception {
		ParsedFeed feed = fixture("undeclared-prefixes.xml");

		assertThat(feed.title()).isEqualTo("Forgetful Show");
		assertThat(feed.imageUrl()).isEqualTo("https://forgetful.example/art.png");
		Item item = feed.items().get(0);
		assertThat(item.duration()).isEqualTo(Duration.ofMinutes(10));
		assertThat(item.transcripts()).extracting(Transcript::url).containsExactly("https://forgetful.example/1.vtt");
		assertThat(feed.warnings()).containsExactly(
				"undeclared-prefixes.xml:6: the prefix \"itunes\" of <itunes:image> is used but never declared; "
						+ "read as xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"",
				"undeclared-prefixes.xml:7: the prefix \"googleplay\" of <googleplay:author> is used but never "
						+ "declared; read as xmlns:googleplay=\"http://www.google.com/schemas/play-podcasts/1.0\"");
	}

	@Test
	void readsAnUndeclaredPrefixOnAnAttributeAndOnTheRootItself() throws Exception {
		byte[] xml = ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss>\n<rss version=\"2.0\" itunes:x=\"1\">\n<channel>"
				+ "<title>T</title>\n<item><guid>g</guid><enclosure url=\"https://e.example/1.mp3\" "
				+ "itunes:length=\"1\"/></item></channel></rss>").getBytes(StandardCharsets.UTF_8);

		ParsedFeed feed = this.reader.parse("attr.xml", xml);

		assertThat(feed.items().get(0).enclosureUrl()).isEqualTo("https://e.example/1.mp3");
		assertThat(feed.warnings()).containsExactly("attr.xml:3: the prefix \"itunes\" of the attribute itunes:x "
				+ "is used but never declared; read as xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"");
	}

	@Test
	void resolvesRelativeAddressesAgainstAFeedFromTheWebAndLeavesOutWhatIsNoWebAddress() throws Exception {
		byte[] xml = ("<rss version=\"2.0\" xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">\n<channel>"
				+ "<title>T</title>\n<item><title>One</title>\n<enclosure url=\"../audio/1.mp3\" type=\"audio/mpeg\"/>\n"
				+ "<link>/episodes/1</link>\n<podcast:transcript url=\"t/1.vtt\" type=\"text/vtt\"/>\n"
				+ "<podcast:transcript url=\"javascript:alert(1)\" type=\"application/json\"/>\n"
				+ "<podcast:person href=\"data:text/html,x\" img=\"/people/ada.png\">Ada Lovelace</podcast:person>\n"
				+ "</item></channel></rss>").getBytes(StandardCharsets.UTF_8);

		Item fromWeb = this.reader.parse("https://feeds.example/show/feed.xml", xml).items().get(0);
		Item fromFile = this.reader.parse("feed.xml", xml).items().get(0);

		assertThat(fromWeb.enclosureUrl()).isEqualTo("https://feeds.example/audio/1.mp3");
		assertThat(fromWeb.link()).isEqualTo("https://feeds.example/episodes/1");
		assertThat(fromWeb.transcripts()).extracting(Transcript::url).containsExactly("https://feeds.example/show/t/1.vtt");
		assertThat(fromWeb.persons()).containsExactly(
				new Person("Ada Lovelace", "host", "cast", "https://feeds.example/people/ada.png", null));
		assertThat(fromWeb.warnings()).containsExactly(
				"https://feeds.example/show/feed.xml:7: podcast:transcript \"javascript:alert(1)\" is not an http or "
						+ "https address; left out",
				"https://feeds.example/show/feed.xml:8: podcast:person href \"data:text/html,x\" is not an http or "
						+ "https address; left out",
				"https://feeds.example/show/feed.xml:3: the item has no guid; \"../audio/1.mp3\" identifies it");
		assertThat(fromFile.enclosureUrl()).isNull();
		assertThat(fromFile.link()).isNull();
		assertThat(fromFile.transcripts()).isEmpty();
		assertThat(fromFile.guid()).as("identified by the enclosure as written").isEqualTo("../audio/1.mp3");
		assertThat(fromFile.warnings()).contains("feed.xml:4: enclosure \"../audio/1.mp3\" is not an http or https "
				+ "address; left out");
	}

	@Test
	void failsAnUnknownUndeclaredPrefixInWordsWithItsLine() {
		byte[] xml = "<rss version=\"2.0\">\n<channel><title>T</title>\n<foo:bar>x</foo:bar></channel></rss>"
			.getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(TranscriptParseException.class).isThrownBy(() -> this.reader.parse("feed.xml", xml))
			.satisfies((ex) -> assertThat(ex.describe()).isEqualTo("feed.xml:3: the prefix \"foo\" of <foo:bar> is "
					+ "used but never declared (add xmlns:foo=\"…\" to the <rss> element, with the namespace the "
					+ "feed means)"));
	}

	@Test
	void failsAnUndeclaredPrefixItCannotDeclareSafelyWithTheDeclarationToAdd() {
		// UTF-16: byte offsets are not character offsets, so nothing is inserted
		byte[] xml = "<rss version=\"2.0\">\n<channel><title>T</title>\n<itunes:author>A</itunes:author></channel></rss>"
			.getBytes(StandardCharsets.UTF_16);

		assertThatExceptionOfType(TranscriptParseException.class).isThrownBy(() -> this.reader.parse("feed.xml", xml))
			.satisfies((ex) -> assertThat(ex.describe()).isEqualTo("feed.xml:3: the prefix \"itunes\" of "
					+ "<itunes:author> is used but never declared (add "
					+ "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" to the <rss> element)")
				.doesNotContain("REC-xml-names"));
	}

	@Test
	void declaresAPrefixOnlyOnARootItCanFind() {
		assertThat(FeedReader.declareOnRoot("<?xml version=\"1.0\"?><!-- <rss --><rss>".getBytes(), "itunes", "u"))
			.asString()
			.isEqualTo("<?xml version=\"1.0\"?><!-- <rss --><rss xmlns:itunes=\"u\">");
		assertThat(FeedReader.declareOnRoot("<!DOCTYPE rss [ <!ENTITY a \"<rss>\"> ]>\n<rss\n>".getBytes(), "p", "u"))
			.asString()
			.isEqualTo("<!DOCTYPE rss [ <!ENTITY a \"<rss>\"> ]>\n<rss xmlns:p=\"u\"\n>");
		assertThat(FeedReader.declareOnRoot("<feed>".getBytes(), "itunes", "u")).isNull();
		assertThat(FeedReader.declareOnRoot("text <rss>".getBytes(), "itunes", "u")).isNull();
		assertThat(FeedReader.declareOnRoot("<rssx>".getBytes(), "itunes", "u")).isNull();
	}

	@Test
	void brokenContentAfterTheChannelFailsTheFeed() {
		byte[] tail = "<rss version=\"2.0\"><channel><title>A</title></channel></rss>\n<rss>".getBytes();

		assertThatExceptionOfType(TranscriptParseException.class).isThrownBy(() -> this.reader.parse("tail.xml", tail))
			.satisfies((ex) -> assertThat(ex.getLine()).isEqualTo(2));
	}

	@Test
	void emptyInputFails() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> this.reader.parse("empty.xml", new byte[0]))
			.satisfies((ex) -> assertThat(ex.describe()).startsWith("empty.xml:"));
	}

	@Test
	void otherDocumentsAreNotFeeds() {
		byte[] atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title></feed>".getBytes();

		assertThatExceptionOfType(TranscriptParseException.class).isThrownBy(() -> this.reader.parse("atom.xml", atom))
			.withMessage("expected an RSS 2.0 feed (<rss>), found <feed>");
	}

	@Test
	void feedWithoutChannelFails() {
		byte[] bare = "<rss version=\"2.0\"><item><title>A</title></item></rss>".getBytes();

		assertThatExceptionOfType(TranscriptParseException.class).isThrownBy(() -> this.reader.parse("bare.xml", bare))
			.withMessage("the feed has no <channel>");
	}

	@Test
	void doesNotResolveExternalEntities(@TempDir Path folder) throws Exception {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-42");
		String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>";

		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> this.reader.parse("xxe.xml", xml.getBytes(StandardCharsets.UTF_8)))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(3);
				assertThat(ex.getMessage()).contains("\"xxe\"").contains("not declared").doesNotContain("TOP-SECRET");
			});
	}

	@Test
	void doesNotExpandInternalEntities() {
		String xml = "<!DOCTYPE rss [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
				+ "<rss version=\"2.0\"><channel><title>&lol2;</title></channel></rss>";

		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> this.reader.parse("bomb.xml", xml.getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("\"lol2\"");
	}

	@Test
	void neverFetchesDtdsOrParameterEntities() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			requests.incrementAndGet();
			byte[] dtd = "<!ENTITY sneaky \"fetched\">".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, dtd.length);
			exchange.getResponseBody().write(dtd);
			exchange.close();
		});
		server.start();
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			String external = "<!DOCTYPE rss SYSTEM \"" + base + "/rss.dtd\">"
					+ "<rss version=\"2.0\"><channel><title>Plain</title></channel></rss>";
			String parameter = "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + base + "/p.dtd\"> %remote;]>"
					+ "<rss version=\"2.0\"><channel><title>Plain</title></channel></rss>";

			assertThat(this.reader.parse("external.xml", external.getBytes(StandardCharsets.UTF_8)).title())
				.isEqualTo("Plain");
			assertThat(this.reader.parse("parameter.xml", parameter.getBytes(StandardCharsets.UTF_8)).title())
				.isEqualTo("Plain");
			assertThat(requests).hasValue(0);
		}
		finally {
			server.stop(0);
		}
	}

	private ParsedFeed fixture(String name) throws IOException, TranscriptParseException {
		try (InputStream in = FeedReaderTest.class.getResourceAsStream("/importer/feeds/" + name)) {
			assertThat(in).as(name).isNotNull();
			return this.reader.parse(name, in.readAllBytes());
		}
	}

	/** A one-item feed whose Podcasting 2.0 elements use the given namespace under the prefix p. */
	private ParsedFeed inline(String namespace) throws TranscriptParseException {
		String xml = "<rss version=\"2.0\" xmlns:p=\"" + namespace + "\"><channel><title>Variant</title>"
				+ "<p:person>Vera Variant</p:person><item><guid>v1</guid>"
				+ "<p:transcript url=\"https://variant.example/1.json\" type=\"application/json\"/>"
				+ "</item></channel></rss>";
		return this.reader.parse("variant.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

}
