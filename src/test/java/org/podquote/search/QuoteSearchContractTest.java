package org.podquote.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podquote.appearance.Appearance;
import org.podquote.appearance.QuoteView;
import org.podquote.importer.ImportJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What any search backend must do, on the seed library and two transcripts of the test's own
 * ({@code fixtures/search/long-turn.md}, {@code generics.md}), which is why it has a context of its own.
 */
@SpringBootTest(properties = "podquote.test.context=search-contract")
class QuoteSearchContractTest {

	/** Two speakers; the importer cuts two of Juno's turns in two, one between paragraphs, one inside a paragraph. */
	static final Path LONG_TURN = Path.of("src/test/resources/fixtures/search/long-turn.md");

	/** Six quotes of the show "Go Words", one each with generics, generic, generated, general, generally, generically. */
	static final Path GENERICS = Path.of("src/test/resources/fixtures/search/generics.md");

	@Autowired
	QuoteSearch search;

	@Autowired
	ImportJob importJob;

	@BeforeEach
	void importTheLongTurn() throws IOException {
		assertThat(importJob.importUpload("long-turn.md", Files.readAllBytes(LONG_TURN), "Contract Kitchen").failures())
			.isEmpty();
		assertThat(importJob.importUpload("generics.md", Files.readAllBytes(GENERICS), "Go Words").failures()).isEmpty();
	}

	@Test
	void aQuotedPhraseFindsItsQuoteWithTheWordsMarked() {
		SearchPage<QuoteHit> page = search("\"bad role models\"");

		assertThat(page.total()).isEqualTo(1);
		QuoteHit hit = page.hits().get(0);
		assertThat(hit.quote().text()).isEqualTo("Unfortunately, many AIs appearing in fiction are bad role models.");
		assertThat(hit.snippetHtml()).isEqualTo("Unfortunately, many AIs appearing in fiction are <mark>bad role models</mark>.");
		assertThat(hit.quote().speakerSlug()).isEqualTo("sam-marks");
		assertThat(hit.quote().url()).isEqualTo(
				"/podcasts/lesswrong-curated-popular/episodes/the-persona-selection-model-by-sam-marks#a" + hit.quote().id());
	}

	@Test
	void aPhraseInTheWrongOrderFindsNothing() {
		assertThat(search("\"models role bad\"").total()).isZero();
		assertThat(search("\"role bad models\"").total()).isZero();
	}

	@Test
	void aPhraseIsExactWordsNotStems() {
		assertThat(search("\"bad role model\"").total()).isZero();
		assertThat(search("bad role model").total()).isEqualTo(1);
	}

	@Test
	void unquotedWordsMustAllMatchInAnyForm() {
		assertThat(texts(search("role models"))).hasSize(2)
			.allSatisfy(text -> assertThat(text).contains("role models"));
		assertThat(search("terminator archetypes").total()).isZero();
		assertThat(texts(search("model"))).anySatisfy(text -> assertThat(text).contains("models"));
	}

	@Test
	void excludesWordsAndTakesEitherSideOfOr() {
		List<String> archetypes = texts(search("archetype"));
		List<String> withoutFiction = texts(search("archetype -fictional"));
		assertThat(withoutFiction).hasSize(archetypes.size() - 1).noneMatch(t -> t.contains("fictional"));
		assertThat(search("terminator OR paperclip").total()).isEqualTo(2);
		assertThat(search("archetyp*").total()).isEqualTo(archetypes.size());
	}

	@Test
	void aPrefixMarksTheWholeWordsItMatchedBesideTheStemmedWords() {
		// the prefix's words are matched on the exact field, which stores no text: marked in the quote's own
		assertThat(search("archetyp*").hits()).isNotEmpty()
			.allSatisfy(hit -> assertThat(hit.snippetHtml()).containsPattern("<mark>archetypes?</mark>")
				.doesNotContainPattern("<mark>archetyp</mark>"));
		assertThat(search("positive archetyp*").hits()).singleElement()
			.satisfies(hit -> assertThat(hit.snippetHtml())
				.contains("more <mark>positive</mark> AI assistant <mark>archetypes</mark>"));
	}

	@Test
	void everythingAroundTheHighlightIsEscaped() {
		SearchPage<QuoteHit> page = search("HAL");
		assertThat(page.hits()).singleElement()
			.satisfies(hit -> assertThat(hit.snippetHtml()).isEqualTo("Think of the Terminator or <mark>HAL</mark> 9000."));
		assertThat(search("\"one's own nature\"").hits()).singleElement()
			.satisfies(hit -> assertThat(hit.snippetHtml()).containsPattern("<mark>one&#(39|x27);s own nature</mark>")
				.doesNotContain("one's"));
	}

	@Test
	void aWordFindsItsOwnFormsFirstAndNeverWordsThatOnlyBeginAlike() {
		assertThat(texts(search("generics"))).satisfiesExactly(text -> assertThat(text).startsWith("Generics finally"),
				text -> assertThat(text).startsWith("A generic function"),
				text -> assertThat(text).startsWith("You can write it generically"));
		assertThat(search("generics").hits().get(0).snippetHtml()).startsWith("<mark>Generics</mark> finally");
		assertThat(texts(search("generic"))).satisfiesExactly(text -> assertThat(text).startsWith("A generic function"),
				text -> assertThat(text).startsWith("Generics finally"),
				text -> assertThat(text).startsWith("You can write it generically"));
		assertThat(texts(search("general"))).singleElement().satisfies(text -> assertThat(text).startsWith("In general"));
		assertThat(texts(search("generally"))).singleElement()
			.satisfies(text -> assertThat(text).startsWith("Generally speaking"));
		// the seed has "generating": another form of the same verb
		assertThat(texts(search("generated"))).hasSize(2)
			.allSatisfy(text -> assertThat(text).containsPattern("generated|generating"))
			.first()
			.satisfies(text -> assertThat(text).startsWith("Most of that code is generated"));
	}

	@Test
	void aWordStillFindsItsPluralSingularAndVerbForms() {
		for (String word : List.of("function", "functions", "parameters", "tools", "type", "typed")) {
			assertThat(texts(search(word))).as(word).anySatisfy(text -> assertThat(text).containsPattern("function|tool"));
		}
		for (String word : List.of("generate", "generates", "generating")) {
			assertThat(texts(search(word))).as(word).anySatisfy(text -> assertThat(text).contains("generated"));
		}
		assertThat(texts(search("speak"))).singleElement().satisfies(text -> assertThat(text).contains("speaking"));
	}

	@Test
	void aMisspeltWordSuggestsTheSpellingOfTheLibrary() {
		SearchPage<QuoteHit> misspelt = search("generiks");
		assertThat(misspelt.total()).isZero();
		assertThat(misspelt.suggestion()).isEqualTo("generics");
		// the other words and the query language stay as typed
		assertThat(search("genric function").suggestion()).isEqualTo("generic function");
		assertThat(search("\"a genric function\" -nobody").suggestion()).isEqualTo("\"a generic function\" -nobody");
		// a word the library lacks is respelt even when the others find a few quotes
		SearchPage<QuoteHit> few = search("genrics OR function OR tool OR speaking");
		assertThat(few.total()).isBetween((long) QuoteSearch.SUGGEST_BELOW, (long) QuoteSearch.SPELLING_CHECKED_BELOW - 1);
		assertThat(few.suggestion()).isEqualTo("generics OR function OR tool OR speaking");
		// a suggestion must find more, under the same filters
		assertThat(search("arguments").total()).isEqualTo(1);
		assertThat(search("arguments").suggestion()).isNull();
		assertThat(search.search(new SearchQuery("generiks", "sam-marks", null, null, null, null, null, 0, 20, false))
			.suggestion()).isNull();
		assertThat(search("generic").suggestion()).isNull();
		assertThat(search("qzxvjwk").suggestion()).isNull();
	}

	@Test
	void aQueryThatIsTheNameOfAPersonOrAShowLinksTheirPage() {
		assertThat(search("sam marks").matches())
			.containsExactly(new NameMatch(NameMatch.Kind.PERSON, "sam-marks", "Sam Marks", 20));
		assertThat(search("  SAM   Marks ").matches()).extracting(NameMatch::url).containsExactly("/speakers/sam-marks");
		assertThat(search("\"ada gopher\"").matches())
			.containsExactly(new NameMatch(NameMatch.Kind.PERSON, "ada-gopher", "Ada Gopher", 3));
		assertThat(search("go words").matches())
			.containsExactly(new NameMatch(NameMatch.Kind.SHOW, "go-words", "Go Words", 6));
		assertThat(search("lesswrong curated & popular").matches()).extracting(NameMatch::url)
			.containsExactly("/podcasts/lesswrong-curated-popular");
		assertThat(search("archetype").matches()).isEmpty();
		assertThat(search("sam -marks").matches()).isEmpty();
		assertThat(search("sam OR marks").matches()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"bad role", "\"", "-", "--", "***", "?", "\\", "(", "[a TO z]", "a:b", "~", "&&", "||",
			"AND OR NOT", "<script>alert(1)</script>", "\u0000\u0001", "\"\"", "-\"\"", "OR", "* OR *", "%", "'" })
	void oddInputNeverFails(String text) {
		SearchPage<QuoteHit> page = search(text);
		assertThat(page.total()).isGreaterThanOrEqualTo(0);
		assertThat(page.hits()).allSatisfy(hit -> assertThat(hit.snippetHtml()).doesNotContain("<script>"));
	}

	@Test
	void anUnbalancedQuoteIsReadLiterallyWithANote() {
		SearchPage<QuoteHit> page = search("\"bad role");
		assertThat(page.total()).isEqualTo(1);
		assertThat(page.notes()).extracting(QueryNote::code).containsExactly(QueryNote.UNBALANCED_QUOTE);
	}

	@Test
	void pagesThroughAllHits() {
		SearchPage<QuoteHit> first = search.search(SearchQuery.of("the", 0, 5));
		SearchPage<QuoteHit> second = search.search(SearchQuery.of("the", 1, 5));
		assertThat(first.total()).isGreaterThan(5);
		assertThat(first.hits()).hasSize(5);
		assertThat(second.hits()).extracting(h -> h.quote().id())
			.doesNotContainAnyElementsOf(first.hits().stream().map(h -> h.quote().id()).toList());
	}

	@Test
	void filtersBySpeakerAndPodcast() {
		assertThat(search.search(new SearchQuery("archetype", "sam-marks", null, null, null, null, null, 0, 20, false)).total())
			.isEqualTo(search("archetype").total());
		assertThat(search.search(new SearchQuery("archetype", "someone-else", null, null, null, null, null, 0, 20, false)).total())
			.isZero();
		assertThat(search.search(new SearchQuery("archetype", null, "no-such-podcast", null, null, null, null, 0, 20, false))
			.total()).isZero();
	}

	@Test
	void countsMatchesBySpeakerPodcastAndYear() {
		SearchPage<QuoteHit> page = search.search(
				new SearchQuery("archetype", null, null, null, null, null, null, 0, 20, true));

		long total = page.total();
		assertThat(page.facets().speakers()).containsExactly(new Facets.Facet("sam-marks", "Sam Marks", total));
		assertThat(page.facets().podcasts())
			.containsExactly(new Facets.Facet("lesswrong-curated-popular", "LessWrong (Curated & Popular)", total));
		assertThat(page.facets().years()).containsExactly(new Facets.Facet("2026", "2026", total));
		assertThat(search("archetype").facets().isEmpty()).isTrue();
	}

	@Test
	void filtersByDateRangeAndSortsByDate() {
		java.time.LocalDate published = java.time.LocalDate.of(2026, 2, 25);
		assertThat(search.search(new SearchQuery("archetype", null, null, null, published, published, null, 0, 20, false))
			.total()).isEqualTo(search("archetype").total());
		assertThat(search.search(new SearchQuery("archetype", null, null, null, published.plusDays(1), null, null, 0, 20,
				false)).total()).isZero();
		assertThat(search.search(new SearchQuery("archetype", null, null, null, null, null, SearchQuery.Sort.OLDEST, 0,
				20, false)).hits()).extracting(h -> h.quote().position()).isSorted();
		// quotes of one day come in spoken order whichever way the dates go, not by score
		assertThat(search.search(new SearchQuery("archetype", null, null, null, null, null, SearchQuery.Sort.NEWEST, 0,
				20, false)).hits()).extracting(h -> h.quote().position()).hasSizeGreaterThan(2).isSorted();
	}

	@Test
	void searchesInsideOneEpisodeInSpokenOrderWithWholeTurns() {
		SearchPage<QuoteHit> any = search("archetype");
		long episodeId = episodeId("the-persona-selection-model-by-sam-marks");
		SearchPage<QuoteHit> inEpisode = search.search(SearchQuery.inEpisode("archetype", episodeId, 100));

		assertThat(inEpisode.total()).isEqualTo(any.total());
		assertThat(inEpisode.hits()).extracting(h -> h.quote().position()).isSorted();
		assertThat(search.search(SearchQuery.inEpisode("archetype", episodeId + 1000, 100)).total()).isZero();
	}

	@Test
	void aPhraseAcrossACutInsideOneTurnFindsThePassageWhereItEndsWithItsWordsThereMarked() {
		String phrase = "\"the end of one sentence. And the start of the next\"";
		String afterCut = "And the start of the next";
		assertThat(search(phrase).hits()).singleElement().satisfies(hit -> {
			assertThat(hit.quote().text()).startsWith("And the start of the next one is where the answer lives");
			assertThat(hit.snippetHtml()).startsWith("<mark>And the start of the next</mark> one is where the answer lives")
				.doesNotContain("sentence");
		});
		assertThat(search.search(SearchQuery.inEpisode(phrase, episodeId("long-turn"), 100)).hits()).singleElement()
			.satisfies(hit -> assertThat(hit.snippetHtml())
				.isEqualTo("<mark>" + afterCut + "</mark>" + hit.quote().text().substring(afterCut.length())));
		// a paragraph longer than a passage, cut at a sentence end
		assertThat(search("\"shape it into a tight round. The round\"").hits()).singleElement()
			.satisfies(hit -> assertThat(hit.snippetHtml()).startsWith("<mark>The round</mark> spends the night"));
		assertThat(search("\"round. The\"").total()).isEqualTo(1);
	}

	@Test
	void aPhraseBeforeTheCutFindsTheFirstPassageOnly() {
		assertThat(texts(search("\"That is the end of one sentence\""))).singleElement()
			.satisfies(text -> assertThat(text).startsWith("Welcome back").endsWith("That is the end of one sentence."));
		assertThat(texts(search("\"shape it into a tight round\""))).singleElement()
			.satisfies(text -> assertThat(text).startsWith("Let me walk through"));
	}

	@Test
	void aPhraseAcrossAChangeOfSpeakerFindsNothing() {
		assertThat(search("\"sad within a month. Then you are\"").total()).isZero();
		assertThat(search("\"walk me through it. Let me walk\"").total()).isZero();
		assertThat(search("\"one loaf Fine walk\"").total()).isZero();
	}

	@Test
	void aPhraseAcrossACutGoesWithWordsAndExclusionsOfThePassageItEndsIn() {
		assertThat(search("answer \"one sentence. And the\"").hits()).singleElement()
			.satisfies(hit -> assertThat(hit.snippetHtml()).startsWith("<mark>And the</mark> start of the next one is "
					+ "where the <mark>answer</mark> lives"));
		// the words must be in the passage itself
		assertThat(search("sourdough \"one sentence. And the\"").total()).isZero();
		assertThat(search("jar").total()).isEqualTo(1);
		assertThat(search("jar -\"one sentence. And the start\"").total()).isZero();
		assertThat(search("jar -\"one sentence\"").total()).isEqualTo(1);
	}

	@Test
	void aPhraseAcrossACutIsFoundAfterTheIndexIsRebuiltFromTheDatabase() throws InterruptedException {
		// dropped and made anew rather than purged: the test's OpenSearch node has no delete-by-query
		Search.mapping(entityManagers)
			.scope(Appearance.class)
			.massIndexer()
			.dropAndCreateSchemaOnStart(true)
			.purgeAllOnStart(false)
			.startAndWait();

		assertThat(search("\"the end of one sentence. And the start of the next\"").hits()).singleElement()
			.satisfies(hit -> assertThat(hit.snippetHtml()).startsWith("<mark>And the start of the next</mark>"));
		assertThat(search("\"That is the end of one sentence\"").total()).isEqualTo(1);
	}

	@Autowired
	EntityManagerFactory entityManagers;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	private long episodeId(String slug) {
		return jdbc.queryForObject("select id from episode where slug = ?", Long.class, slug);
	}

	private SearchPage<QuoteHit> search(String text) {
		return search.search(SearchQuery.of(text, 0, 20));
	}

	private static List<String> texts(SearchPage<QuoteHit> page) {
		return page.hits().stream().map(QuoteHit::quote).map(QuoteView::text).toList();
	}

}
