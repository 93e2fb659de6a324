package org.podquote.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.podquote.importer.ImportJob;
import org.podquote.importer.ImportReport;
import org.podquote.importer.SharedData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures, on the Go Time transcripts of {@code ../shared/data} (skipped where they are missing,
 * failed under {@code CI=true}), how often an exact phrase that crosses a cut the importer made
 * inside one speaker's turn is found: for a fixed sample of adjacent passages of one speaker, six
 * words: the last three of the first and the first three of the second, and again split at a
 * random place (one to five before the cut). The hit must be the second passage, with its first
 * word marked. A phrase that lies wholly in the first passage must still find the first passage
 * only, never the second. Prints the figures and writes them to
 * {@code target/phrases-across-cuts.txt}; {@code -Dpodquote.shared-data=} names the data folder
 * where it is not {@code ../shared/data}.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.test.context=phrases-across-cuts" })
@DirtiesContext
class PhrasesAcrossCutsRealDataTest {

	static final int SAMPLE = 500;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

	@Autowired
	ImportJob job;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	QuoteSearch search;

	record Cut(long episode, long first, String firstText, long second, String secondText) {
	}

	@Test
	void phrasesAcrossACutInsideATurnFindTheSecondPassage() throws Exception {
		Path gotime = changelog().resolve("gotime");
		Instant start = Instant.now();
		ImportReport report = job.run(List.of(gotime.toString()), "Go Time", ImportJob.Progress.NONE);
		assertThat(report.failures()).isEmpty();
		Duration imported = Duration.between(start, Instant.now());

		List<Cut> cuts = new ArrayList<>(jdbc.query("""
				select a.episode_id, a.id a_id, a.text a_text, b.id b_id, b.text b_text from appearance a
				join appearance b on b.episode_id = a.episode_id and b.position = a.position + 1
				where a.speaker_id = b.speaker_id and not a.heading and not b.heading order by a.id""",
				(row, i) -> new Cut(row.getLong(1), row.getLong(2), row.getString(3), row.getLong(4), row.getString(5))));
		long passages = jdbc.queryForObject("select count(*) from appearance", Long.class);
		Collections.shuffle(cuts, new Random(20261202));
		List<Cut> sample = cuts.stream()
			.filter(c -> words(c.firstText()).size() >= 5 && words(c.secondText()).size() >= 5)
			.limit(SAMPLE)
			.toList();
		assertThat(sample).hasSize(SAMPLE);

		Random random = new Random(7);
		Tally even = new Tally();
		Tally uneven = new Tally();
		int insideFirst = 0;
		int insideFirstAlsoSecond = 0;
		for (Cut cut : sample) {
			even.count(cut, 3);
			uneven.count(cut, 1 + random.nextInt(5));
			String withinFirst = String.join(" ", last(words(cut.firstText()), 4));
			List<Long> ids = ids(search.search(SearchQuery.inEpisode("\"" + withinFirst + "\"", cut.episode(), 1000)));
			insideFirst += ids.contains(cut.first()) ? 1 : 0;
			insideFirstAlsoSecond += ids.contains(cut.second()) && !plain(cut.secondText()).contains(plain(withinFirst)) ? 1
					: 0;
		}
		String summary = String.format(Locale.ROOT, """
				Go Time: %d episodes, %d passages, %d cuts inside a turn, imported in %s
				phrases of six words across a cut inside a turn, sample of %d cuts:
				  3 words before the cut + 3 after:  %s
				  1 to 5 words before + the rest:    %s
				phrases of the first passage's last 4 words: find the first %d/%d, the second too %d
				missed (first 10): %s
				the passage's first word not marked: %s
				""", report.imported(), passages, cuts.size(), imported, SAMPLE, even, uneven, insideFirst, SAMPLE,
				insideFirstAlsoSecond, even.missed.subList(0, Math.min(10, even.missed.size())), even.unmarked);
		System.out.print(summary);
		Files.writeString(Path.of("target", "phrases-across-cuts.txt"), summary);

		assertThat(even.second).isEqualTo(SAMPLE);
		assertThat(uneven.second).isEqualTo(SAMPLE);
		assertThat(even.marked + uneven.marked).isEqualTo(2 * SAMPLE);
		assertThat(insideFirst).isEqualTo(SAMPLE);
		assertThat(insideFirstAlsoSecond).isZero();
	}

	/** Searches of phrases across cuts: how many found anything in the episode, the second passage, its start marked. */
	private final class Tally {

		int inEpisode;

		int second;

		int marked;

		Duration took = Duration.ZERO;

		final List<String> missed = new ArrayList<>();

		final List<String> unmarked = new ArrayList<>();

		void count(Cut cut, int before) {
			String phrase = "\"" + String.join(" ", last(words(cut.firstText()), before)) + " "
					+ String.join(" ", words(cut.secondText()).subList(0, 6 - before)) + "\"";
			SearchPage<QuoteHit> hits = search.search(SearchQuery.inEpisode(phrase, cut.episode(), 1000));
			took = took.plus(hits.took());
			inEpisode += hits.hits().isEmpty() ? 0 : 1;
			QuoteHit hit = hits.hits().stream().filter(h -> h.quote().id() == cut.second()).findFirst().orElse(null);
			if (hit == null) {
				missed.add(phrase);
				return;
			}
			second++;
			String beforeMark = HtmlUtils.htmlUnescape(hit.snippetHtml().substring(0, Math.max(0, hit.snippetHtml().indexOf("<mark>"))));
			if (hit.snippetHtml().contains("<mark>") && !WORD.matcher(beforeMark).find()) {
				marked++;
			}
			else {
				unmarked.add(phrase + " -> " + hit.snippetHtml());
			}
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"found in the episode %d/%d, as the second passage %d/%d (its first word marked %d); engine %.2f ms a search",
					inEpisode, SAMPLE, second, SAMPLE, marked, took.toNanos() / 1e6 / SAMPLE);
		}

	}

	private static List<Long> ids(SearchPage<QuoteHit> page) {
		return page.hits().stream().map(h -> h.quote().id()).toList();
	}

	/** {@code -Dpodquote.shared-data=} names the data folder where it is not at {@code ../shared/data} (a worktree). */
	private static Path changelog() {
		String folder = System.getProperty("podquote.shared-data");
		return folder == null ? SharedData.folder("changelog-transcripts") : Path.of(folder, "changelog-transcripts");
	}

	/** Whitespace-separated words that hold a letter or digit, without the quotation marks the query language uses. */
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.split("\\s+")) {
			String w = word.replace("\"", "");
			if (WORD.matcher(w).find()) {
				words.add(w);
			}
		}
		return words;
	}

	/** Lower-case words between single spaces, near enough to the exact analyzer to tell whether a text holds a phrase. */
	private static String plain(String text) {
		return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").strip() + " ";
	}

	private static List<String> last(List<String> words, int n) {
		return words.subList(words.size() - n, words.size());
	}

}
