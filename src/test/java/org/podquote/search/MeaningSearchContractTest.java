package org.podquote.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.podquote.importer.ImportJob;
import org.podquote.search.meaning.MeaningCoverage;
import org.podquote.search.meaning.QuoteEmbedding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What any search backend must do by meaning and by both, on two transcripts of the test's own
 * ({@code fixtures/meaning/}) embedded by the real model: the queries share no word with the quotes
 * they should find.
 */
@SpringBootTest(properties = "podquote.test.context=meaning-contract")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeaningSearchContractTest {

	static final Path PETS = Path.of("src/test/resources/fixtures/meaning/pets.md");

	static final Path CHORES = Path.of("src/test/resources/fixtures/meaning/chores.md");

	static final String DOG = "Our dog has to be taken outside every morning or he chews the furniture.";

	static final String PUPPIES = "Puppies need a walk at dawn, otherwise they gnaw on the sofa.";

	/** Not one word of it is in either quote about dogs. */
	static final String CANINE = "canine companion requires a stroll before breakfast";

	@Autowired
	QuoteSearch search;

	@Autowired
	SimilarQuotes similar;

	@Autowired
	ImportJob importJob;

	@Autowired
	QuoteEmbedding embedding;

	@Autowired
	MeaningCoverage coverage;

	@BeforeAll
	void importAndEmbed() throws IOException {
		assertThat(importJob.importUpload("pets.md", Files.readAllBytes(PETS), "Pet Talk").failures()).isEmpty();
		assertThat(importJob.importUpload("chores.md", Files.readAllBytes(CHORES), "House Notes").failures()).isEmpty();
		assertThat(coverage.current().complete()).isFalse();
		embedding.embedAll(16, true, () -> {
		});
	}

	@Test
	void everyQuoteHasItsMeaningOnceEmbedded() {
		MeaningCoverage.Coverage now = coverage.current();
		assertThat(now.total()).isGreaterThanOrEqualTo(9);
		assertThat(now.complete()).isTrue();
		assertThat(now.percent()).isEqualTo(100);
		assertThat(embedding.embedNext(16, false)).isZero();
	}

	@Test
	void aParaphraseFindsNothingByWordsAndItsQuotesByMeaning() {
		assertThat(search(CANINE, SearchQuery.Mode.WORDS).total()).isZero();

		SearchPage<QuoteHit> page = search(CANINE, SearchQuery.Mode.MEANING);
		assertThat(texts(page).subList(0, 2)).containsExactlyInAnyOrder(DOG, PUPPIES);
		assertThat(page.hits()).allSatisfy(hit -> assertThat(hit.match()).isEqualTo(QuoteHit.Match.MEANING));
		assertThat(page.total()).isEqualTo(page.hits().size()).isLessThan(20);
	}

	@Test
	void bothFindsByMeaningWhatWordsMiss() {
		SearchPage<QuoteHit> page = search(CANINE, SearchQuery.Mode.BOTH);
		assertThat(texts(page).subList(0, 2)).containsExactlyInAnyOrder(DOG, PUPPIES);
		assertThat(page.hits().get(0).match()).isEqualTo(QuoteHit.Match.MEANING);
	}

	@Test
	void bothRanksAQuoteThatMatchesByWordsAndMeaningFirstAndSaysSo() {
		SearchPage<QuoteHit> page = search("dog walks", SearchQuery.Mode.BOTH);
		assertThat(search("dog walks", SearchQuery.Mode.WORDS).total()).isZero();
		page = search("dog outside", SearchQuery.Mode.BOTH);
		QuoteHit first = page.hits().get(0);
		assertThat(first.quote().text()).isEqualTo(DOG);
		assertThat(first.match()).isEqualTo(QuoteHit.Match.BOTH);
		assertThat(first.snippetHtml()).contains("<mark>dog</mark>");
		assertThat(page.hits()).anySatisfy(hit -> {
			assertThat(hit.quote().text()).isEqualTo(PUPPIES);
			assertThat(hit.match()).isEqualTo(QuoteHit.Match.MEANING);
		});
		assertThat(page.total()).isEqualTo(page.hits().size());
	}

	@Test
	void anExactPhraseStaysAHardFilterInEveryMode() {
		for (SearchQuery.Mode mode : List.of(SearchQuery.Mode.MEANING, SearchQuery.Mode.BOTH)) {
			SearchPage<QuoteHit> page = search("\"the sofa\" " + CANINE, mode);
			assertThat(texts(page)).as(mode.name()).containsExactly(PUPPIES);
			assertThat(page.total()).isEqualTo(1);
		}
	}

	@Test
	void anExcludedWordStaysExcludedByMeaning() {
		assertThat(texts(search(CANINE + " -puppies", SearchQuery.Mode.MEANING))).contains(DOG).doesNotContain(PUPPIES);
	}

	@Test
	void filtersHoldByMeaningAndFacetsCountWhatItFinds() {
		SearchPage<QuoteHit> page = search
			.search(new SearchQuery(CANINE, null, "pet-talk", null, null, null, null, 0, 20, true, SearchQuery.Mode.MEANING));
		assertThat(texts(page)).contains(DOG).doesNotContain(PUPPIES);
		assertThat(page.hits()).allSatisfy(hit -> assertThat(hit.quote().podcastSlug()).isEqualTo("pet-talk"));
		assertThat(page.facets().podcasts()).extracting(Facets.Facet::value).containsExactly("pet-talk");
		assertThat(page.facets().speakers().stream().mapToLong(Facets.Facet::count).sum()).isEqualTo(page.total());

		SearchPage<QuoteHit> both = search
			.search(new SearchQuery(CANINE, "ines-harrow", null, null, null, null, null, 0, 20, true, SearchQuery.Mode.BOTH));
		assertThat(both.hits()).isNotEmpty()
			.allSatisfy(hit -> assertThat(hit.quote().speakerSlug()).isEqualTo("ines-harrow"));
		assertThat(both.facets().speakers()).extracting(Facets.Facet::value).containsExactly("ines-harrow");
	}

	@Test
	void meaningPagesThroughItsNearestQuotes() {
		SearchPage<QuoteHit> all = search.search(new SearchQuery(CANINE, null, null, null, null, null, null, 0, 20, false,
				SearchQuery.Mode.MEANING));
		assertThat(all.total()).isGreaterThanOrEqualTo(3);
		SearchPage<QuoteHit> second = search.search(new SearchQuery(CANINE, null, null, null, null, null, null, 1, 2, false,
				SearchQuery.Mode.MEANING));
		assertThat(texts(second)).isEqualTo(texts(all).subList(2, Math.min(4, all.hits().size())));
		assertThat(second.total()).isEqualTo(all.total());
	}

	@Test
	void aMeaninglessQueryFindsNothingNear() {
		assertThat(search("zxqv plorth", SearchQuery.Mode.MEANING).total()).isZero();
	}

	@Test
	void similarQuotesComeFromOtherEpisodesNearestFirst() {
		long dog = search("\"chews the furniture\"", SearchQuery.Mode.WORDS).hits().get(0).quote().id();
		List<QuoteHit> alike = similar.similarTo(dog, SimilarQuotes.ON_A_QUOTE);
		assertThat(alike).isNotEmpty().allSatisfy(hit -> assertThat(hit.quote().podcastSlug()).isNotEqualTo("pet-talk"));
		assertThat(alike.get(0).quote().text()).isEqualTo(PUPPIES);
	}

	@Test
	void othersWhoSaidSimilarThingsAreOtherPeopleOnceEach() {
		List<SimilarQuotes.SaidAlike> alike = similar.saidAlike("mara-quill", SimilarQuotes.ON_A_SPEAKER);
		assertThat(alike).isNotEmpty()
			.allSatisfy(a -> assertThat(a.theirs().quote().speakerSlug()).isNotEqualTo("mara-quill"));
		assertThat(alike).extracting(a -> a.theirs().quote().speakerSlug()).doesNotHaveDuplicates();
		assertThat(alike).anySatisfy(a -> {
			assertThat(a.ours().text()).isEqualTo(DOG);
			assertThat(a.theirs().quote().text()).isEqualTo(PUPPIES);
		});
	}

	@Test
	void wordsModeIsTodaysSearch() {
		SearchPage<QuoteHit> page = search("dog", SearchQuery.Mode.WORDS);
		assertThat(texts(page)).containsExactly(DOG);
		assertThat(page.hits().get(0).match()).isEqualTo(QuoteHit.Match.WORDS);
	}

	private SearchPage<QuoteHit> search(String text, SearchQuery.Mode mode) {
		return search.search(new SearchQuery(text, null, null, null, null, null, null, 0, 20, false, mode));
	}

	private static List<String> texts(SearchPage<QuoteHit> page) {
		return page.hits().stream().map(hit -> hit.quote().text()).toList();
	}

}
