package org.podquote.importer.format;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podquote.importer.format.ParsedTranscript.Segment;

import static org.assertj.core.api.Assertions.assertThat;

class PassageMergerTest {

	private final PassageMerger merger = new PassageMerger();

	@Test
	void joinsAPhraseSpreadOverSingleWordCuesIntoOnePassage() throws Exception {
		List<Segment> words = new JsonTranscriptParser().parse("words.json", Fixtures.text("words.json")).segments();

		List<Segment> passages = merger.merge(words);

		assertThat(passages).containsExactly(
				new Segment("Ada Lovelace", "The engine weaves algebraic patterns.", 500L, 2_000L, 4, false),
				new Segment("Charles Babbage", "Quite so. Untimed words.", 2_250L, null, 8, false));
	}

	@Test
	void attachesPunctuationCuesWithoutASpace() {
		List<Segment> cues = List.of(cue("Ann", "Well", 0, 1), cue("Ann", ",", 1, 2), cue("Ann", "yes", 2, 3),
				cue("Ann", ".", 3, 4));
		assertThat(merger.merge(cues)).extracting(Segment::text).containsExactly("Well, yes.");
	}

	@Test
	void neverMergesAcrossSpeakersOrHeadings() {
		List<Segment> segments = List.of(cue("Ann", "one", 0, 1), cue("Ben", "two", 1, 2),
				new Segment("Ben", "A heading", null, null, 3, true), cue("Ben", "three", 3, 4),
				cue("Ben", "four", 4, 5));
		assertThat(merger.merge(segments)).extracting(Segment::text)
			.containsExactly("one", "two", "A heading", "three four");
	}

	@Test
	void endsAPassageAtASentenceEndOnceItIsLongEnough() {
		String sentence = "This sentence is about forty characters.";
		List<Segment> cues = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			cues.add(cue("Ann", sentence, i, i + 1));
		}
		List<Segment> passages = merger.merge(cues);
		// a third of 800 characters is reached after seven sentences of 41 characters
		assertThat(passages).extracting((p) -> p.text().length()).containsExactly(7 * 41 - 1, 3 * 41 - 1);
		assertThat(passages.get(1).startMs()).isEqualTo(7_000L);
	}

	@Test
	void capsAPassageAtAboutAMinuteKeepingFirstStartLastEndAndFirstLine() {
		List<Segment> cues = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			cues.add(new Segment("Ann", "word" + i, i * 5_000L, i * 5_000L + 5_000L, 100 + i, false));
		}
		List<Segment> passages = merger.merge(cues);
		assertThat(passages).hasSize(3);
		assertThat(passages.get(0)).satisfies((p) -> {
			assertThat(p.startMs()).isZero();
			assertThat(p.endMs()).isEqualTo(60_000L);
			assertThat(p.line()).isEqualTo(100);
		});
		assertThat(passages).allSatisfy((p) -> assertThat(p.endMs() - p.startMs()).isLessThanOrEqualTo(60_000L));
		assertThat(passages.get(1).line()).isEqualTo(112);
	}

	@Test
	void capsAPassageAtTheCharacterLimitCuttingAfterTheLastSentenceEnd() {
		PassageMerger small = new PassageMerger(100, Duration.ofMinutes(10));
		List<Segment> cues = List.of(cue("Ann", "Short one.", 0, 1), cue("Ann", "a".repeat(40), 1, 2),
				cue("Ann", "b".repeat(40), 2, 3), cue("Ann", "c".repeat(40), 3, 4));
		assertThat(small.merge(cues)).extracting(Segment::text)
			.containsExactly("Short one.", "a".repeat(40) + " " + "b".repeat(40), "c".repeat(40));
	}

	@Test
	void splitsAVeryLongTurnAtSentenceEnds() {
		StringBuilder turn = new StringBuilder();
		for (int i = 0; turn.length() < 5_000; i++) {
			turn.append("Sentence number ").append(i).append(" says a few more words, Dr. Smith agrees. ");
		}
		String text = turn.toString().strip();
		List<Segment> pieces = merger.merge(List.of(new Segment("Ann", text, 1_000L, 90_000L, 7, false)));

		assertThat(pieces).hasSizeGreaterThanOrEqualTo(7);
		assertThat(pieces).allSatisfy((p) -> {
			assertThat(p.text().length()).isLessThanOrEqualTo(800);
			assertThat(p.text()).endsWith("agrees.");
			assertThat(p.line()).isEqualTo(7);
		});
		assertThat(String.join(" ", pieces.stream().map(Segment::text).toList())).isEqualTo(text);
		assertThat(pieces.get(0).startMs()).isEqualTo(1_000L);
		assertThat(pieces.get(0).endMs()).isNull();
		assertThat(pieces.get(pieces.size() - 1).startMs()).isNull();
		assertThat(pieces.get(pieces.size() - 1).endMs()).isEqualTo(90_000L);
	}

	@Test
	void splitsALongTextWithoutSentenceEndsAtSpaces() {
		String text = "word ".repeat(1_000).strip();
		List<Segment> pieces = merger.merge(List.of(Segment.of("Ann", text, 1)));
		assertThat(pieces).allSatisfy((p) -> {
			assertThat(p.text().length()).isLessThanOrEqualTo(800);
			assertThat(p.text()).startsWith("word").endsWith("word");
		});
		assertThat(String.join(" ", pieces.stream().map(Segment::text).toList())).isEqualTo(text);
	}

	private static Segment cue(String speaker, String text, long startSecond, long endSecond) {
		return new Segment(speaker, text, startSecond * 1_000, endSecond * 1_000, (int) startSecond + 1, false);
	}

}
