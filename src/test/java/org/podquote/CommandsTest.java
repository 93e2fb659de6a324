package org.podquote;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands start as users start them: no web server, a library on disk. */
class CommandsTest {

	@TempDir
	Path home;

	@Test
	void importThenReindexOnADiskLibrary() throws Exception {
		Path file = home.resolve("engines.md");
		Files.writeString(file, "**Ada:** The engine weaves algebraic patterns.\n\n**Charles:** Like a loom.\n",
				StandardCharsets.UTF_8);

		assertThat(PodquoteApplication.runCommand("import", args("--podcast=Engines", file.toString()))).isZero();
		assertThat(PodquoteApplication.runCommand("reindex", args())).isZero();
		assertThat(home.resolve("db/podquote.mv.db")).isRegularFile();
		assertThat(PodquoteApplication.runCommand("import", args(home.resolve("missing.md").toString()))).isEqualTo(1);
	}

	@Test
	void helpOnAnyCommandPrintsHowToCallItAndOpensNoLibrary() {
		Path library = home.resolve("never-made");
		for (List<String> call : List.of(List.of("import", "--help"), List.of("import", "-h", "some/folder"),
				List.of("import", "--podcast=Show", "folder", "--help"), List.of("reindex", "--help"),
				List.of("reindex", "-h"), List.of("help"), List.of("help", "import"))) {
			Output output = new Output();
			String[] args = Stream.concat(Stream.of("--podquote.home=" + library), call.stream().skip(1))
				.toArray(String[]::new);

			assertThat(output.run(call.get(0), args)).as("%s", call).isZero();

			assertThat(output.out()).as("%s", call).startsWith("usage: java -jar podquote.jar");
			assertThat(output.err()).as("%s", call).isEmpty();
			assertThat(library).as("%s", call).doesNotExist();
		}
		Output importHelp = new Output();
		importHelp.run("import", new String[] { "--help" });
		assertThat(importHelp.out()).contains("--podcast=\"Name\"", "--verbose", "--with-sample");
	}

	@Test
	void anImportOfNothingOrAnUnknownCommandSaysHowToCallItAndOpensNoLibrary() {
		Path library = home.resolve("never-made");
		Output nothing = new Output();
		assertThat(nothing.run("import", new String[] { "--podquote.home=" + library, "--podcast=Show" })).isEqualTo(2);
		assertThat(nothing.err()).startsWith("usage: java -jar podquote.jar import");

		Output unknown = new Output();
		assertThat(unknown.run("imprt", new String[] { "--podquote.home=" + library, "folder" })).isEqualTo(2);
		assertThat(unknown.err()).startsWith("podquote: no command \"imprt\"; the commands are import, reindex");
		assertThat(library).doesNotExist();
	}

	@Test
	void anImportIntoANewLibraryLeavesTheSampleOutUnlessAskedFor() throws Exception {
		Path file = home.resolve("engines.md");
		Files.writeString(file, "**Ada:** The engine weaves algebraic patterns.\n", StandardCharsets.UTF_8);

		assertThat(PodquoteApplication.runCommand("import", args("--podcast=Engines", file.toString()))).isZero();
		assertThat(podcasts(home)).containsExactly("Engines");

		Path other = home.resolve("with-sample");
		String[] withSample = { "--podquote.home=" + other,
				"--spring.datasource.url=jdbc:h2:file:" + other.resolve("db/podquote"),
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem", "--with-sample",
				"--podcast=Engines", file.toString() };
		assertThat(PodquoteApplication.runCommand("import", withSample)).isZero();
		assertThat(podcasts(other)).containsExactlyInAnyOrder("Engines", "LessWrong (Curated & Popular)");
	}

	@Test
	void startingWithTheSeedOffRemovesTheSampleFromALibraryThatHasIt() throws Exception {
		Path file = home.resolve("engines.md");
		Files.writeString(file, "**Ada:** The engine weaves algebraic patterns.\n", StandardCharsets.UTF_8);
		assertThat(PodquoteApplication.runCommand("import", args("--with-sample", "--podcast=Engines", file.toString())))
			.isZero();
		assertThat(podcasts(home)).containsExactlyInAnyOrder("Engines", "LessWrong (Curated & Popular)");

		Output reindex = new Output();
		assertThat(reindex.run("reindex", args("--podquote.seed=false"))).isZero();

		assertThat(podcasts(home)).containsExactly("Engines");
	}

	private static List<String> podcasts(Path library) throws Exception {
		List<String> titles = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + library.resolve("db/podquote"), "sa",
				"");
				ResultSet rows = connection.createStatement().executeQuery("select title from podcast order by title")) {
			while (rows.next()) {
				titles.add(rows.getString(1));
			}
		}
		return titles;
	}

	/** A command's exit code and what it printed. */
	private static final class Output {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final ByteArrayOutputStream err = new ByteArrayOutputStream();

		int run(String command, String[] args) {
			try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
					PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
				return PodquoteApplication.runCommand(command, args, stdout, stderr);
			}
		}

		String out() {
			return out.toString(StandardCharsets.UTF_8);
		}

		String err() {
			return err.toString(StandardCharsets.UTF_8);
		}

	}

	@Test
	void explainsALockedLibraryInOneLine() {
		String message = PodquoteApplication.explain(new IllegalStateException("start",
				new RuntimeException("The file is locked: /x/db/podquote.mv.db [2.4.240/7]")));
		assertThat(message).startsWith("the library is in use by another Podquote process");
	}

	private String[] args(String... more) {
		String[] base = { "--podquote.home=" + home, "--spring.datasource.url=jdbc:h2:file:" + home.resolve("db/podquote"),
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem" };
		String[] all = new String[base.length + more.length];
		System.arraycopy(base, 0, all, 0, base.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return all;
	}

}
