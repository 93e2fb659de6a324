package org.podquote.importer.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.podquote.importer.SharedData;
import org.podquote.importer.format.ParsedTranscript.Segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The parsers on public transcripts written by others (see ../shared/data/README.md). */
class RealTranscriptDataTest {

	private static final Pattern LEFT_OVER_TIMESTAMP = Pattern.compile("\\[\\d{1,3}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?\\]");

	private final TranscriptFormats formats = new TranscriptFormats();

	@Test
	void readsTheFourPodcastNamespaceExamples() throws Exception {
		Path examples = SharedData.folder("podcast-namespace").resolve("docs/examples/transcripts");

		ParsedTranscript json = parse(examples.resolve("example.json"));
		assertThat(json.format()).isEqualTo("json");
		assertThat(json.segments()).extracting(Segment::speaker)
			.containsExactly("Darth Vader", "Darth Vader", "Darth Vader", "Darth Vader", "Luke");
		assertThat(new PassageMerger().merge(json.segments())).extracting(Segment::text)
			.containsExactly("I am your father.", "Nooooo");

		ParsedTranscript vtt = parse(examples.resolve("example.vtt"));
		assertThat(vtt.format()).isEqualTo("vtt");
		assertThat(vtt.segments()).hasSize(7);
		assertThat(vtt.segments().get(2).text()).contains("Podcasting Q&A, where you learn");
		assertThat(vtt.segments().get(5).speaker()).isEqualTo("Gillian");
		assertThat(vtt.segments().get(5).startMs()).isEqualTo(19_080L);

		ParsedTranscript srt = parse(examples.resolve("example.srt"));
		ParsedTranscript html = parse(examples.resolve("example.html"));
		assertThat(srt.format()).isEqualTo("srt");
		assertThat(srt.segments()).hasSize(222);
		assertThat(srt.segments().get(0)).isEqualTo(new Segment("Travis",
				"When you first get started in podcasting, it's", 179L, 2_399L, 3, false));
		assertThat(srt.segments()).allSatisfy((segment) -> assertThat(segment.speaker()).isNotNull());
		assertThat(html.format()).isEqualTo("html");
		assertThat(html.segments()).hasSize(10);
		assertThat(html.segments().get(0).text()).startsWith("When you first get started in podcasting, it's almost");
		assertThat(html.segments().get(1).startMs()).isEqualTo(53_000L);
		// the SRT and the HTML are the same episode: the same turns in the same order
		assertThat(turns(srt.segments())).isEqualTo(turns(html.segments()))
			.containsExactly("Travis", "Sarah", "Travis", "Gilon", "Travis", "Gilon", "Travis", "Sarah", "Gilon",
					"Travis");
	}

	@Test
	void readsEveryChangelogTranscriptWithTheTurnsOfItsStatistics() throws Exception {
		Path corpus = SharedData.folder("changelog-transcripts");
		Map<String, Integer> expectedTurns = new TreeMap<>();
		Map<String, Integer> expectedEpisodes = new TreeMap<>();
		List<String> stats = Files.readAllLines(corpus.resolve("_stats.tsv"));
		assertThat(stats.get(0).split("\t")).startsWith("show", "episodes", "speaker_turns");
		for (String row : stats.subList(1, stats.size())) {
			String[] columns = row.split("\t");
			if (!columns[0].equals("TOTAL")) {
				expectedEpisodes.put(columns[0], Integer.parseInt(columns[1]));
				expectedTurns.put(columns[0], Integer.parseInt(columns[2]));
			}
		}

		MarkdownTranscriptParser parser = new MarkdownTranscriptParser(MarkdownTranscriptParser.MARKDOWN);
		Map<String, Integer> turns = new TreeMap<>();
		Map<String, Integer> episodes = new TreeMap<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(corpus, 2)) {
			files = walk.filter((path) -> path.getNameCount() - corpus.getNameCount() == 2)
				.filter((path) -> path.toString().endsWith(".md"))
				.sorted()
				.toList();
		}
		List<String> problems = new ArrayList<>();
		for (Path file : files) {
			String show = file.getParent().getFileName().toString();
			String name = file.getFileName().toString();
			try {
				String content = TranscriptFormats.decode(name, Files.readAllBytes(file));
				assertThat(formats.detect(name, content)).as(name).isEqualTo("markdown");
				// read() is what parse() does, and it also counts the labels
				MarkdownTranscriptParser.Reading reading = parser.read(content);
				if (reading.segments().isEmpty()) {
					problems.add(name + ": no speech");
				}
				for (Segment segment : reading.segments()) {
					if (LEFT_OVER_TIMESTAMP.matcher(segment.text()).find() || "Break".equals(segment.speaker())) {
						problems.add(name + ":" + segment.line() + ": " + segment.text());
					}
				}
				turns.merge(show, reading.labels(), Integer::sum);
				episodes.merge(show, 1, Integer::sum);
			}
			catch (TranscriptParseException ex) {
				problems.add(ex.describe());
			}
		}

		assertThat(problems).isEmpty();
		assertThat(files).hasSize(2084);
		assertThat(episodes).isEqualTo(expectedEpisodes);
		expectedTurns.forEach((show, expected) -> {
			System.out.printf("%-13s turns %6d, _stats.tsv %6d (%+.2f%%)%n", show, turns.get(show), expected,
					100.0 * (turns.get(show) - expected) / expected);
			assertThat(turns.get(show).doubleValue()).as(show).isCloseTo(expected, within(expected * 0.01));
		});
	}

	private ParsedTranscript parse(Path file) throws IOException, TranscriptParseException {
		return formats.parse(file.getFileName().toString(), Files.readAllBytes(file));
	}

	/** The speakers in order, one entry per change of speaker. */
	private static List<String> turns(List<Segment> segments) {
		List<String> turns = new ArrayList<>();
		for (Segment segment : segments) {
			if (turns.isEmpty() || !turns.get(turns.size() - 1).equals(segment.speaker())) {
				turns.add(segment.speaker());
			}
		}
		return turns;
	}

}
