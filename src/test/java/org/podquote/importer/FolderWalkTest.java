package org.podquote.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder import accounts for every file in the folder: imported, failed, or skipped with the
 * reason. Shares its context with the other import tests, under podcasts of its own.
 */
@SpringBootTest(properties = { "podquote.seed=false",
		"podquote.import.aliases.[Ada\\ Lovelace]=Countess,The Countess" })
class FolderWalkTest {

	@Autowired
	ImportJob job;

	@TempDir
	Path temp;

	@Test
	void namesEveryFileItSkipsAndWhy() throws Exception {
		Path show = Files.createDirectory(temp.resolve("Skipping Show"));
		for (String name : List.of("first.md", "second.txt", "sub/third.md")) {
			EpisodeIdentityTest.write(show.resolve(name), "**Host:** Hello from " + name + ".\n");
		}
		for (String name : List.of("notes.pdf", "cover.png", "Makefile", "README.md", "LICENSE", ".hidden.md",
				"_draft.md", ".git/config", ".git/info/notes.md")) {
			EpisodeIdentityTest.write(show.resolve(name), "not a transcript\n");
		}
		Files.createSymbolicLink(show.resolve("gone.md"), show.resolve("no-such-file.md"));

		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).isEmpty();
		assertThat(report.files()).isEqualTo(3);
		assertThat(report.imported()).isEqualTo(3);
		assertThat(report.notes()).containsExactly("Makefile: skipped, not a transcript type (no extension)",
				"cover.png: skipped, not a transcript type (.png)", "gone.md: skipped, a link to nothing",
				"notes.pdf: skipped, not a transcript type (.pdf)",
				show + ": skipped 5 README, LICENSE or hidden files: .git/, .hidden.md, LICENSE, README.md, _draft.md");
	}

	@Test
	void aFileItCannotReadIsAFailureOfThatFile() throws Exception {
		Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
		Path show = Files.createDirectory(temp.resolve("Locked Show"));
		EpisodeIdentityTest.write(show.resolve("open.md"), "**Host:** Open to all.\n");
		Path locked = EpisodeIdentityTest.write(show.resolve("locked.md"), "**Host:** Nobody reads this.\n");
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

		ImportReport report = job.run(List.of(show.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).containsExactly("locked.md: cannot read the file: permission denied");
		assertThat(report.files()).isEqualTo(2);
		assertThat(report.imported()).isEqualTo(1);
	}

}
