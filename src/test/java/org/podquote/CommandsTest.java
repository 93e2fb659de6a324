package org.podquote;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
