package org.podquote.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What an import run did: counts and every failure as {@code file:line: message}. */
public class ImportReport {

	private int files;

	private int imported;

	private int replaced;

	private int unchanged;

	private long appearances;

	private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	private Duration elapsed = Duration.ZERO;

	void add(TranscriptImporter.Outcome outcome) {
		files++;
		switch (outcome.status()) {
			case IMPORTED -> imported++;
			case REPLACED -> replaced++;
			case UNCHANGED -> unchanged++;
			case FAILED -> failures.add(outcome.error());
		}
		appearances += outcome.appearances();
	}

	void fail(String error) {
		failures.add(error);
	}

	void finish(Duration elapsed) {
		this.elapsed = elapsed;
	}

	public int files() {
		return files;
	}

	public int imported() {
		return imported;
	}

	public int replaced() {
		return replaced;
	}

	public int unchanged() {
		return unchanged;
	}

	public long appearances() {
		return appearances;
	}

	public List<String> failures() {
		return List.copyOf(failures);
	}

	public Duration elapsed() {
		return elapsed;
	}

	public boolean ok() {
		return failures.isEmpty();
	}

	public String summary() {
		return String.format("%d file%s: %d imported, %d replaced, %d unchanged, %d failed; %,d appearances in %.1f s",
				files, files == 1 ? "" : "s", imported, replaced, unchanged, failures.size(), appearances,
				elapsed.toMillis() / 1000.0);
	}

}
