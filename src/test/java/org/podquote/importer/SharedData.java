package org.podquote.importer;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * The real transcripts in {@code ../shared/data}: tests that read them are skipped on machines
 * without the folder, but fail on CI, where a silent skip would hide that they never ran.
 */
public final class SharedData {

	private SharedData() {
	}

	public static Path folder(String name) {
		Path root = Path.of(System.getProperty("user.dir")).resolve("../shared/data").normalize();
		Path folder = root.resolve(name);
		if (!Files.isDirectory(folder)) {
			String message = "real transcript data not found at " + folder;
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message + " (CI=true: the real-data tests must run)");
			}
			Assumptions.abort(message);
		}
		return folder;
	}

}
