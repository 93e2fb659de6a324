package org.podquote.importer.feed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podquote.importer.feed.ParsedFeed.Item;
import org.podquote.importer.feed.ParsedFeed.Person;
import org.podquote.importer.feed.ParsedFeed.Transcript;
import org.podquote.importer.format.TranscriptParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real feeds of {@code ../shared/data} (see its README). Skipped on a machine without them,
 * but a CI build must have them: there a missing folder fails instead of passing unnoticed.
 */
class FeedReaderRealDataTest {

	private static final Path DATA = Path.of("../shared/data");

	private static final Path PARTYTIME = DATA.resolve("partytime-feeds");

	private final FeedReader reader = new FeedReader();

	// per test rather than @BeforeAll, so that a run without the data reports each test as skipped
	@BeforeEach
	void sharedDataIsThere() {
		boolean present = Files.isDirectory(DATA);
		if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
			fail("CI=true but the shared data folder " + DATA.toAbsolutePath().normalize() + " is missing");
		}
		assumeTrue(present, "no shared data at " + DATA.toAbsolutePath().normalize());
	}

	@Test
	void podcasting20FeedHasItsItemsAndTranscripts() throws Exception {
		ParsedFeed feed = read(PARTYTIME.resolve("pc20rss.xml"));

		assertThat(feed.title()).isEqualTo("Podcasting 2.0");
		assertThat(feed.imageUrl()).isEqualTo("https://noagendaassets.com/enc/1601061118.678_pciavatar.jpg");
		assertThat(feed.items()).hasSize(56);
		List<Item> transcribed = feed.items().stream().filter((item) -> !item.transcripts().isEmpty()).toList();
		assertThat(transcribed).hasSize(47);
		assertThat(transcribed).allSatisfy((item) -> assertThat(item.richestTranscript()).get()
			.extracting(Transcript::type, Transcript::format, Transcript::language)
			.containsExactly("application/srt", "srt", "en"));
		assertThat(feed.items().get(0).richestTranscript()).get()
			.extracting(Transcript::url)
			.isEqualTo("https://mp3s.nashownotes.com/PC20-57-Captions.srt");
		assertThat(feed.items().get(0).guid()).isEqualTo("PC2057");
	}

	/**
	 * The README's 18 persons are the feed's 18 {@code podcast:person} elements, all on items: 16
	 * name someone (6 different people), 2 are empty and are ignored with a warning.
	 */
	@Test
	void podcasting20FeedHasItsEighteenPersonElements() throws Exception {
		ParsedFeed feed = read(PARTYTIME.resolve("pc20rss.xml"));

		List<Person> named = feed.items().stream().flatMap((item) -> item.persons().stream()).toList();
		long empty = feed.items()
			.stream()
			.flatMap((item) -> item.warnings().stream())
			.filter((warning) -> warning.endsWith("a podcast:person without a name is ignored"))
			.count();
		assertThat(feed.persons()).isEmpty();
		assertThat(named).hasSize(16);
		assertThat(empty).isEqualTo(2);
		assertThat(named.size() + empty).isEqualTo(18);
		assertThat(named.stream().map(Person::name).distinct()).containsExactlyInAnyOrder("Adam Curry", "Dave Jones",
				"Brian of London", "Graham Krizek", "Hass McCook", "Nikolai \"OKIN\" Tjongarero");
		assertThat(feed.items().get(0).persons()).extracting(Person::name, Person::role, Person::group, Person::href)
			.containsExactly(tuple("Adam Curry", "host", "cast", "http://curry.com"),
					tuple("Dave Jones", "host", "cast", "http://dave.sobr.org"),
					tuple("Brian of London", "guest", "cast", "https://gist.github.com/brianoflondon/"));
	}

	@Test
	void podcasting20FeedIsDatedThroughout() throws Exception {
		ParsedFeed feed = read(PARTYTIME.resolve("pc20rss.xml"));

		assertThat(feed.items()).extracting(Item::publishedOn).doesNotContainNull();
		assertThat(feed.items().get(0).publishedOn()).isEqualTo(LocalDate.of(2021, 10, 8));
		assertThat(feed.items().get(55).publishedOn()).isEqualTo(LocalDate.of(2020, 9, 11));
		assertThat(feed.items().stream().flatMap((item) -> item.warnings().stream()))
			.noneMatch((warning) -> warning.contains("pubDate"));
	}

	@Test
	void noAgendaFeedFailsAtItsBrokenEntity() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> read(PARTYTIME.resolve("no-agenda.xml")))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(2761);
				assertThat(ex.getMessage()).contains("\"gtgt\"");
				assertThat(ex.describe()).startsWith("no-agenda.xml:2761: not well-formed XML: ");
			});
	}

	@Test
	void homegrownHitsParsesWithItemPersonsReplacingTheChannels() throws Exception {
		ParsedFeed feed = read(PARTYTIME.resolve("homegrown-hits.xml"));

		assertThat(feed.persons()).extracting(Person::name)
			.containsExactly("DuhLaurien", "MaryKateUltra", "Daisy B. Cooper");
		// the podcast:liveItem is not an episode
		assertThat(feed.items()).extracting(Item::title)
			.containsExactly("Homegrown Hits - Episode 03", "Homegrown Hits - Episode 02",
					"Homegrown Hits - Episode 01", "Homegrown Hits - Episode 00");
		assertThat(feed.items()).allSatisfy((item) -> assertThat(feed.personsOf(item)).extracting(Person::name)
			.containsExactly("DuhLaurien"));
		assertThat(feed.items()).extracting(Item::publishedOn)
			.containsExactly(LocalDate.of(2023, 9, 28), LocalDate.of(2023, 9, 21), LocalDate.of(2023, 9, 14),
					LocalDate.of(2023, 9, 13));
		assertThat(feed.items()).allSatisfy((item) -> assertThat(item.transcripts()).isEmpty());
		assertThat(feed.items().get(3).guid()).isEqualTo("Homegrown Hits Test");
	}

	@Test
	void animatedNoAgendaParsesWithDefaultRoleAndGroup() throws Exception {
		ParsedFeed feed = read(PARTYTIME.resolve("animated-no-agenda.xml"));

		assertThat(feed.language()).isNull();
		assertThat(feed.persons()).extracting(Person::name, Person::role, Person::group, Person::href)
			.containsExactly(tuple("Dame Jennifer", "host", "cast", null));
		assertThat(feed.items()).hasSize(20);
		assertThat(feed.items()).allSatisfy((item) -> assertThat(item.persons())
			.extracting(Person::name, Person::href)
			.containsExactly(tuple("Dame Jennifer", "https://noagendatube.com/accounts/dame_jennifer")));
		assertThat(feed.items().get(0).publishedOn()).isEqualTo(LocalDate.of(2021, 10, 28));
		assertThat(feed.items().get(0).title())
			.isEqualTo("Animated No Agenda - It's Probably an Inside Job [EP 100!]");
		assertThat(feed.items()).extracting(Item::guid).doesNotContainNull().doesNotHaveDuplicates();
	}

	@Test
	void namespaceExampleFeedParsesWithItsPersons() throws Exception {
		ParsedFeed feed = read(DATA.resolve("podcast-namespace/example.xml"));

		assertThat(feed.title()).isEqualTo("Podcasting 2.0 Namespace Example");
		assertThat(feed.persons()).isEmpty();
		assertThat(feed.items()).extracting(Item::guid)
			.containsExactly("https://example.com/ep0003", "https://example.com/ep0002", "https://example.com/ep0001");
		Item future = feed.items().get(0);
		assertThat(feed.personsOf(future)).extracting(Person::name, Person::role, Person::group)
			.containsExactly(tuple("Adam Curry", "host", "cast"), tuple("Dave Jones", "guest", "cast"),
					tuple("Becky Smith", "cover art designer", "visuals"));
		assertThat(future.persons().get(0).img()).isEqualTo("https://example.com/images/adamcurry.jpg");
		assertThat(future.richestTranscript()).contains(
				new Transcript("https://example.com/episode1/transcript.vtt", "text/vtt", "es", "captions"));
		assertThat(future.transcripts().get(0).language()).isEqualTo("en-US");
		assertThat(feed.items()).extracting(Item::publishedOn)
			.containsExactly(LocalDate.of(2020, 10, 9), LocalDate.of(2020, 10, 8), LocalDate.of(2020, 10, 7));
		assertThat(feed.items()).flatMap(Item::warnings).isEmpty();
	}

	private ParsedFeed read(Path file) throws Exception {
		return this.reader.parse(Objects.toString(file.getFileName()), Files.readAllBytes(file));
	}

}
