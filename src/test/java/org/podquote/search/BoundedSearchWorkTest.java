package org.podquote.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.podquote.importer.ImportJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What one anonymous request may cost: a search's CSV comes from one query, streamed, and holds at
 * most {@code podquote.export.max-rows} quotes (here 1,000 of 1,200), saying how many it left out;
 * a prefix stands for at most {@value PrefixExpansion#PER_TERM} words, its most frequent, and a
 * query for at most {@value PrefixExpansion#PER_QUERY}, each bound told on the page and in the API.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.export.max-rows=1000" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundedSearchWorkTest {

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	QuoteSearch search;

	@BeforeAll
	void importTheLibrary(@Autowired ImportJob job, @TempDir Path temp) throws Exception {
		Path show = Files.createDirectory(temp.resolve("Bounded Desk"));
		StringBuilder many = new StringBuilder();
		for (int i = 1; i <= 1200; i++) {
			// two voices in turn, so that no turn is merged with the one before
			many.append(i % 2 == 0 ? "**Ada Lovelace:**" : "**Mary Somerville:**").append(" Porcupine quill number ")
				.append(i).append(".\n\n");
		}
		Files.writeString(show.resolve("porcupines.md"), many, StandardCharsets.UTF_8);
		StringBuilder prefixes = new StringBuilder();
		for (int i = 1; i <= 70; i++) {
			// five words a quote, one to each of five prefixes, each word in this quote only
			String n = String.format("%03d", i);
			prefixes.append(i % 2 == 0 ? "**Charles Babbage:**" : "**Ada Lovelace:**").append(" zqaw").append(n).append(" zqbw").append(n).append(" zqcw").append(n)
				.append(" zqdw").append(n).append(" zqew").append(n).append(".\n\n");
		}
		for (int i = 1; i <= 10; i++) {
			// and one of them in ten more: the most frequent word of its prefix
			prefixes.append(i % 2 == 0 ? "**Charles Babbage:**" : "**Ada Lovelace:**").append(" Again zqaw070, time ").append(i).append(".\n\n");
		}
		Files.writeString(show.resolve("prefixes.md"), prefixes, StandardCharsets.UTF_8);
		assertThat(job.run(List.of(show.toString()), null, ImportJob.Progress.NONE).failures()).isEmpty();
	}

	@Test
	void aSearchsCsvIsOneQueryStreamedUpToTheRowLimitAndSaysWhatItLeftOut() throws Exception {
		clearInvocations(search);

		MvcResult csv = mvc.perform(get("/search.csv").param("q", "porcupine"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "1200"))
			.andExpect(header().string("X-Rows", "1000"))
			.andReturn();

		List<String> lines = csv.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(1 + 1000);
		assertThat(lines.get(0)).startsWith("id,published,podcast");
		assertThat(lines.subList(1, lines.size())).allMatch(line -> line.contains("Porcupine quill number"))
			.doesNotHaveDuplicates();
		verify(search, times(1)).export(any(), anyInt(), any(LongConsumer.class), any(Consumer.class));
		verify(search, never()).search(any());
		mvc.perform(get("/search").param("q", "porcupine"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Download the first 1,000 as CSV")));
		mvc.perform(get("/search").param("q", "\"quill number 7\""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Download these results as CSV")));
	}

	@Test
	void aPrefixStandsForItsMostFrequentWordsUpToTheCapWithANote() throws Exception {
		SearchPage<QuoteHit> found = search.search(SearchQuery.of("zqaw*", 0, 100));

		// the 64 most frequent: zqaw070 (in 11 quotes), then zqaw001 to zqaw063 (in one each)
		assertThat(found.total()).isEqualTo(11 + 63);
		assertThat(found.hits()).extracting(hit -> hit.quote().text())
			.anyMatch(text -> text.contains("zqaw070"))
			.anyMatch(text -> text.contains("zqaw063"))
			.noneMatch(text -> text.contains("zqaw064"));
		assertThat(found.notes()).containsExactly(new QueryNote(QueryNote.PREFIX_CAPPED, "zqaw*"));
		mvc.perform(get("/search").param("q", "zqaw*"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"\u201czqaw*\u201d begins more words than a search looks at, so it found the 64 most frequent of them")));
		mvc.perform(get("/api/v1/search").param("q", "zqaw*"))
			.andExpect(jsonPath("$.total").value(74))
			.andExpect(jsonPath("$.notes[0].code").value("prefix-capped"))
			.andExpect(jsonPath("$.notes[0].message").value(org.hamcrest.Matchers.containsString("64 most frequent")));
		// a prefix within the cap finds all its words, with no note
		assertThat(search.search(SearchQuery.of("zqaw00*", 0, 100)).total()).isEqualTo(9);
		assertThat(search.search(SearchQuery.of("zqaw00*", 0, 100)).notes()).isEmpty();
	}

	@Test
	void aQueryOfManyPrefixesSearchesThoseBeyondItsBudgetAsWords() throws Exception {
		SearchPage<QuoteHit> found = search.search(SearchQuery.of("zqaw* zqbw* zqcw* zqdw* zqew*", 0, 10));

		// four prefixes of 64 words spend the query's 256; the fifth is the word "zqew", in no quote
		assertThat(found.total()).isZero();
		assertThat(found.notes()).contains(new QueryNote(QueryNote.PREFIX_BUDGET, "zqew*"))
			.filteredOn(note -> note.code().equals(QueryNote.PREFIX_CAPPED))
			.hasSize(4);
		mvc.perform(get("/api/v1/search").param("q", "zqaw* zqbw* zqcw* zqdw* zqew*"))
			.andExpect(jsonPath("$.notes[?(@.code == 'prefix-budget')].message").value(org.hamcrest.Matchers.contains(
					"A query looks at no more than 256 words for all its prefixes, so \u201czqew*\u201d was searched as the word it spells.")));
		assertThat(PrefixExpansion.PER_QUERY).isEqualTo(4 * PrefixExpansion.PER_TERM);
	}

}
