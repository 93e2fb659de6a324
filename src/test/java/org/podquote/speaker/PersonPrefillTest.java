package org.podquote.speaker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podquote.importer.EpisodeTarget;
import org.podquote.importer.TranscriptImporter;
import org.podquote.search.LibraryCache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person pages' caches filled in the background: once the library has settled after a change,
 * the most quoted people's "Mentioned by others" and their totals (episodes, appears-with) are
 * computed before anyone visits, are what their page then shows, and are not computed again until
 * the library changes. Shares its app with the
 * mentions tests.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.fetch.allowed-hosts=localhost",
		"podquote.test.context=chapters" })
@AutoConfigureMockMvc
class PersonPrefillTest {

	@Autowired
	TranscriptImporter importer;

	@Autowired
	PersonPrefill prefill;

	@Autowired
	Mentions mentions;

	@Autowired
	LibraryCache cache;

	@Autowired
	PersonTotals totals;

	@Autowired
	SpeakerRepository speakers;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void fillsTheMostQuotedPeoplesMentionsOnceTheLibraryHasSettledAndOnlyOncePerChange() throws Exception {
		importer.importTranscript("prefill.vtt", "prefill.vtt", """
				WEBVTT

				00:00:00.000 --> 00:00:10.000
				<v Ada Prefill>Welcome. Today Bo Prefill joins us.

				00:00:10.000 --> 00:00:20.000
				<v Bo Prefill>Thanks, Ada Prefill, glad to be here.

				00:00:20.000 --> 00:00:30.000
				<v Ada Prefill>Bo Prefill wrote the scheduler.
				""".getBytes(StandardCharsets.UTF_8),
				new EpisodeTarget("Prefill Hour", "prefill-1", "Prefill One", LocalDate.of(2024, 2, 1), null, null,
						List.of()));
		// straight after a change the index may not show it yet: nothing is filled then
		assertThat(cache.settled()).isFalse();
		assertThat(prefill.fill()).isFalse();
		assertThat(kept("bo-prefill")).isNull();

		awaitSettled();
		assertThat(prefill.fill()).isTrue();
		Mentions.View bo = kept("bo-prefill");
		assertThat(bo).isNotNull();
		assertThat(bo.count()).isEqualTo(2);
		assertThat(kept("ada-prefill").count()).isEqualTo(1);
		// what the page asks for is the value filled, not a new search
		Mentions.View shown = transactions.execute(tx -> mentions.of(speakers.findBySlug("bo-prefill").orElseThrow()));
		assertThat(shown).isSameAs(bo);
		// so are their episodes, appears-with and totals: the page reads what was filled
		PersonTotals.Totals filled = totalsOf("bo-prefill");
		assertThat(filled.all().quotes()).isEqualTo(1);
		assertThat(filled.appearsWith()).extracting(SpeakerCount::slug).containsExactly("ada-prefill");
		assertThat(totalsOf("bo-prefill")).isSameAs(filled);
		// the same version of the library is not filled twice
		assertThat(prefill.fill()).isFalse();

		// a change of the library: the totals are read again, and filled again once it has settled
		importer.importTranscript("prefill-2.vtt", "prefill-2.vtt", """
				WEBVTT

				00:00:00.000 --> 00:00:10.000
				<v Bo Prefill>Back for a second time.
				""".getBytes(StandardCharsets.UTF_8),
				new EpisodeTarget("Prefill Hour", "prefill-2", "Prefill Two", LocalDate.of(2024, 3, 1), null, null,
						List.of()));
		assertThat(totalsOf("bo-prefill").all().quotes()).isEqualTo(2);
		awaitSettled();
		assertThat(prefill.fill()).isTrue();
		PersonTotals.Totals again = totalsOf("bo-prefill");
		assertThat(again).isNotSameAs(filled).isSameAs(totalsOf("bo-prefill"));
		assertThat(again.all().quotes()).isEqualTo(2);
	}

	private PersonTotals.Totals totalsOf(String slug) {
		return transactions.execute(tx -> totals.of(speakers.findBySlug(slug).orElseThrow()));
	}

	private Mentions.View kept(String slug) {
		return transactions.execute(tx -> mentions.kept(speakers.findBySlug(slug).orElseThrow()));
	}

	private void awaitSettled() throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!cache.settled() && System.nanoTime() < until) {
			Thread.sleep(100);
		}
		assertThat(cache.settled()).isTrue();
	}

}
