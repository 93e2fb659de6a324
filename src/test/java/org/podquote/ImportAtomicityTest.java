package org.podquote;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code import} command writes nothing to the database that the search index would miss: not
 * while another holder (the web app on a shared PostgreSQL library; here the test itself) has the
 * Lucene index's write lock, and nothing of a feed's episode whose transcript URL the network rules
 * refuse. Both exit 1 with a sentence that says why, and every table stays empty.
 */
class ImportAtomicityTest {

	private static final List<String> TABLES = List.of("podcast", "episode", "speaker", "appearance", "credit",
			"transcript_source");

	@TempDir
	Path home;

	@Test
	void anImportWhileAnotherHoldsTheIndexLockWritesNoRowAndSaysWhy() throws Exception {
		Path file = home.resolve("engines.md");
		Files.writeString(file, "**Ada:** The engine weaves algebraic patterns.\n", StandardCharsets.UTF_8);
		Path index = Files.createDirectories(home.resolve("index/quote"));
		Output output = new Output();
		int exit;
		try (Directory directory = FSDirectory.open(index); Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
			exit = output.run("import", args("--podcast=Engines", file.toString()));
		}

		assertThat(exit).isEqualTo(1);
		assertThat(output.err()).contains("nothing was imported: the search index is locked by another program (Lock held",
				"is the web app running on this library? Stop it, or import through its /admin/import page")
			.doesNotContain("\tat ");
		assertThat(rows()).allSatisfy((table, count) -> assertThat(count).as(table).isZero());

		// once the lock is free, the same import goes through
		assertThat(new Output().run("import", args("--podcast=Engines", file.toString()))).isZero();
		assertThat(rows().get("appearance")).isEqualTo(1);
	}

	@Test
	void aFeedWhoseTranscriptIsRefusedWritesNothingAndExitsNonZero() throws Exception {
		Path feed = home.resolve("trap.xml");
		Files.writeString(feed, """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
				<channel>
				<title>Trap Radio</title>
				<item>
				<title>Secrets</title><guid>trap-1</guid>
				<podcast:transcript url="http://127.0.0.1:9/secret.txt" type="text/plain"/>
				<podcast:person role="host">Ada Lovelace</podcast:person>
				</item>
				</channel>
				</rss>
				""", StandardCharsets.UTF_8);
		Output output = new Output();

		assertThat(output.run("import", args(feed.toString()))).isEqualTo(1);

		assertThat(output.err()).contains(feed + ":5: the transcript of \"Secrets\" was refused, so nothing of its "
				+ "episode was stored: http://127.0.0.1:9/secret.txt: refused: 127.0.0.1 is a loopback address; "
				+ "set podquote.fetch.allowed-hosts to allow it");
		assertThat(rows()).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
	}

	private Map<String, Long> rows() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/podquote"), "sa",
				"")) {
			for (String table : TABLES) {
				try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
		}
		return counts;
	}

	private String[] args(String... more) {
		String[] base = { "--podquote.home=" + home, "--spring.datasource.url=jdbc:h2:file:" + home.resolve("db/podquote"),
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem" };
		String[] all = new String[base.length + more.length];
		System.arraycopy(base, 0, all, 0, base.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return all;
	}

	/** A command's exit code and what it printed, the command's own lines included (it prints to System.err). */
	private static final class Output {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final ByteArrayOutputStream err = new ByteArrayOutputStream();

		int run(String command, String[] args) {
			PrintStream systemOut = System.out;
			PrintStream systemErr = System.err;
			try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
					PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
				System.setOut(stdout);
				System.setErr(stderr);
				return PodquoteApplication.runCommand(command, args, stdout, stderr);
			}
			finally {
				System.setOut(systemOut);
				System.setErr(systemErr);
			}
		}

		String err() {
			return err.toString(StandardCharsets.UTF_8);
		}

	}

}
