package org.podquote.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.podquote.episode.Episode;
import org.podquote.podcast.Podcast;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * A show's episodes in the API, read a page at a time: the pages laid end to end are every episode
 * of the show once, highest number first, then newest, those without either last, then by title;
 * a page past the last is empty with the totals, however far past; the show's detail gives its
 * episode count and the dates they span.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.test.context=api-show-episodes" })
@AutoConfigureMockMvc
class ApiShowEpisodesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entities;

	@Autowired
	TransactionTemplate transactions;

	record Row(long id, Integer number, LocalDate publishedOn, String title, String slug) {
	}

	@Test
	void pagesThroughEveryEpisodeOfTheShowInItsListOrder() throws Exception {
		List<Row> rows = transactions.execute(tx -> {
			Podcast show = new Podcast("api-paged", "API Paged");
			Podcast other = new Podcast("api-other", "API Other");
			entities.persist(show);
			entities.persist(other);
			List<Row> made = new ArrayList<>();
			for (int i = 0; i < 23; i++) {
				Integer number = i % 4 == 3 ? null : (i * 5) % 17;
				LocalDate day = i % 3 == 2 ? null : LocalDate.of(2021, 6, 1).plusDays((i * 7) % 19);
				String title = "t" + (char) ('a' + (i * 2) % 5);
				Episode episode = new Episode(show, "e" + i, "guid-" + i, title);
				episode.setNumber(number);
				episode.setPublishedOn(day);
				entities.persist(episode);
				made.add(new Row(episode.getId(), number, day, title, "e" + i));
			}
			entities.persist(new Episode(other, "o1", "other-1", "ta"));
			return made;
		});

		List<String> listed = new ArrayList<>();
		for (int page = 1; page <= 5; page++) {
			Map<?, ?> body = read("/api/v1/podcasts/api-paged/episodes?size=5&page=" + page);
			assertThat(body.get("total")).isEqualTo(23);
			assertThat(body.get("totalPages")).isEqualTo(5);
			assertThat(body.get("page")).isEqualTo(page);
			((List<?>) body.get("items")).forEach(item -> listed.add((String) ((Map<?, ?>) item).get("slug")));
		}
		Comparator<Row> order = Comparator
			.comparing(Row::number, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
			.thenComparing(Row::publishedOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
			.thenComparing(Row::title)
			.thenComparing(Comparator.comparingLong(Row::id).reversed());
		assertThat(listed).containsExactlyElementsOf(rows.stream().sorted(order).map(Row::slug).toList());

		for (String past : List.of("6", "2147483647")) {
			Map<?, ?> body = read("/api/v1/podcasts/api-paged/episodes?size=100&page=" + past);
			assertThat((List<?>) body.get("items")).isEmpty();
			assertThat(body.get("total")).isEqualTo(23);
			assertThat(body.get("totalPages")).isEqualTo(1);
		}

		Map<?, ?> detail = read("/api/v1/podcasts/api-paged");
		assertThat(detail.get("episodes")).isEqualTo(23);
		assertThat(detail.get("quotes")).isEqualTo(0);
		LocalDate first = rows.stream().map(Row::publishedOn).filter(d -> d != null).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate last = rows.stream().map(Row::publishedOn).filter(d -> d != null).max(Comparator.naturalOrder()).orElseThrow();
		assertThat(detail.get("first")).isEqualTo(first.toString());
		assertThat(detail.get("last")).isEqualTo(last.toString());
	}

	private Map<?, ?> read(String url) throws Exception {
		var response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return JsonPath.read(response.getContentAsString(), "$");
	}

}
