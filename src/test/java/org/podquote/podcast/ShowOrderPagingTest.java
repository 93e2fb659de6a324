package org.podquote.podcast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.podquote.episode.Episode;
import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.EpisodeSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A show's episode list a page at a time in each of its orders, read through the indexes of V18:
 * the pages, laid end to end, are the show's episodes in exactly the order the order promises
 * (numbers and dates with their missing ones last, then the title, then the id), each once, and
 * another show's episodes never among them; the total is the show's.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.test.context=show-orders" })
@Transactional
class ShowOrderPagingTest {

	static final int PAGE = 7;

	@Autowired
	EntityManager entities;

	@Autowired
	EpisodeRepository episodes;

	record Row(long id, Integer number, LocalDate publishedOn, String title, String slug) {
	}

	@Test
	void everyPageInEveryOrderContinuesTheOneBeforeIt() {
		Podcast show = new Podcast("paged-show", "Paged Show");
		Podcast other = new Podcast("other-show", "Other Show");
		entities.persist(show);
		entities.persist(other);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < 45; i++) {
			// numbers with gaps, repeats and holes; dates with repeats and holes; titles that repeat
			Integer number = i % 6 == 5 ? null : (i * 7) % 31;
			LocalDate day = i % 5 == 4 ? null : LocalDate.of(2020, 1, 1).plusDays((i * 11) % 23);
			String title = "t" + (char) ('a' + (i * 3) % 9);
			Episode episode = new Episode(show, "e" + i, "guid-" + i, title);
			episode.setNumber(number);
			episode.setPublishedOn(day);
			entities.persist(episode);
			rows.add(new Row(episode.getId(), number, day, title, "e" + i));
		}
		for (int i = 0; i < 5; i++) {
			Episode episode = new Episode(other, "o" + i, "other-" + i, "ta");
			episode.setNumber(i);
			episode.setPublishedOn(LocalDate.of(2020, 1, 1));
			entities.persist(episode);
		}
		entities.flush();

		for (ShowOrder order : ShowOrder.values()) {
			List<String> listed = new ArrayList<>();
			for (int index = 0;; index++) {
				Page<EpisodeSummary> page = episodes.findPageByPodcast(show, PageRequest.of(index, PAGE, order.sort));
				assertThat(page.getTotalElements()).as(order.name()).isEqualTo(45);
				if (page.isEmpty()) {
					break;
				}
				assertThat(page.getContent()).as(order.name()).hasSizeLessThanOrEqualTo(PAGE);
				page.getContent().forEach(e -> listed.add(e.slug()));
			}
			assertThat(listed).as(order.name()).containsExactlyElementsOf(rows.stream().sorted(expected(order)).map(Row::slug).toList());
		}
	}

	/** What each order promises, written out apart from the queries. */
	static Comparator<Row> expected(ShowOrder order) {
		Comparator<Row> byNumber = keyed(Row::number, order == ShowOrder.NUMBER || order == ShowOrder.DATE);
		Comparator<Row> byDate = keyed(Row::publishedOn, order == ShowOrder.NUMBER || order == ShowOrder.DATE);
		Comparator<Row> first = order.byDate() ? byDate.thenComparing(byNumber) : byNumber.thenComparing(byDate);
		Comparator<Row> byId = Comparator.comparingLong(Row::id);
		return first.thenComparing(Row::title)
			.thenComparing(order == ShowOrder.NUMBER || order == ShowOrder.DATE ? byId.reversed() : byId);
	}

	private static <T extends Comparable<T>> Comparator<Row> keyed(Function<Row, T> key, boolean descending) {
		Comparator<T> natural = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
		return Comparator.comparing(key, Comparator.nullsLast(natural));
	}

}
