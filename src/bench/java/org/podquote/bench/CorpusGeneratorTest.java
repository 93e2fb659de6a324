package org.podquote.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus is reproducible: the same seed writes the same bytes. No timings here. */
class CorpusGeneratorTest {

	@TempDir
	Path dir;

	@Test
	void sameSeedSameCorpusOtherSeedOtherCorpus() throws IOException {
		Path corpus = dir.resolve("real/show");
		Files.createDirectories(corpus);
		Files.writeString(corpus.resolve("show-1.md"), """
				**Ada Lovelace:** Welcome to the show. Today we talk about open source and type systems.

				**Grace Hopper:** Thanks for having me! I think compilers are the hard part.

				**Ada Lovelace:** A lot of people say that. Why do you think so?

				**Grace Hopper:** Because at the end of the day, the machine only reads numbers.
				""");
		Files.writeString(corpus.resolve("show-2.md"), """
				**Alan Turing:** Is the garbage collector fast enough for a pull request bot?

				**Barbara Liskov:** Yes. Open source tools make testing frontend components easy.
				""");
		CorpusGenerator.Model model = CorpusGenerator.learn(dir.resolve("real"));

		CorpusGenerator.Written first = CorpusGenerator.write(model, dir.resolve("a"), 1_000, 7);
		CorpusGenerator.write(model, dir.resolve("b"), 1_000, 7);
		CorpusGenerator.write(model, dir.resolve("c"), 1_000, 8);

		assertThat(first.appearances()).isEqualTo(1_000);
		assertThat(first.feeds()).hasSize(CorpusGenerator.SHOWS.size());
		assertThat(java.util.Arrays.stream(first.lengths()).max().orElseThrow()).isLessThanOrEqualTo(800);
		assertThat(contents(dir.resolve("b"))).isEqualTo(contents(dir.resolve("a")));
		assertThat(contents(dir.resolve("c"))).isNotEqualTo(contents(dir.resolve("a")));
	}

	private static Map<String, String> contents(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString(), Files.readString(file));
			}
		}
		return files;
	}

}
