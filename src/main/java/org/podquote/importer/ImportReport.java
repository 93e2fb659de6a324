package org.podquote.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import run did: counts, every failure as {@code file:line: message}, notes on what was
 * skipped or kept, and where each stored episode's facts came from.
 */
public class ImportReport {

	private int files;

	private int imported;

	private int replaced;

	private int updated;

	private int unchanged;

	private int alternatives;

	private long appearances;

	private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	private final List<String> notes = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	private final List<String> details = new ArrayList<>();

	/** How often each fact came from each source ({@code title from the file name}), in order of first sight. */
	private final Map<String, Integer> sources = new LinkedHashMap<>();

	private Duration elapsed = Duration.ZERO;

	void add(TranscriptImporter.Outcome outcome) {
		files++;
		switch (outcome.status()) {
			case IMPORTED -> imported++;
			case REPLACED -> replaced++;
			case UPDATED -> updated++;
			case UNCHANGED -> unchanged++;
			case ALTERNATIVE -> alternatives++;
			case FAILED -> failures.add(outcome.error());
		}
		appearances += outcome.appearances();
		warnings.addAll(outcome.warnings());
		if (outcome.note() != null) {
			notes.add(outcome.file() + ": " + outcome.note());
		}
		if (!outcome.alternatives().isEmpty()) {
			notes.add(LooseFile.withoutExtension(outcome.file()) + ": kept " + outcome.file() + ", alternatives: "
					+ String.join(", ", outcome.alternatives()));
		}
		if (outcome.facts() != null) {
			String facts = outcome.facts().describe();
			details.add(outcome.file() + ": " + (facts.isEmpty() ? "no facts beyond its quotes" : facts));
			outcome.facts().sources().forEach(source -> sources.merge(source, 1, Integer::sum));
		}
	}

	/** A failure outside any file, such as a folder that cannot be read or a feed item with no guid. */
	void fail(String error) {
		failures.add(error);
	}

	/** A file that was found but failed before it could be read as a transcript (it cannot be read at all). */
	void failFile(String error) {
		files++;
		failures.add(error);
	}

	/**
	 * A value left out of what was stored, the rest kept: {@code feed.xml:12: the enclosure
	 * "javascript:..." is not an http or https address; left out}.
	 */
	void warn(String warning) {
		warnings.add(warning);
	}

	/** Something the user should know that is not a failure: a file skipped, one kept over others. */
	void note(String note) {
		notes.add(note);
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

	public int updated() {
		return updated;
	}

	public int unchanged() {
		return unchanged;
	}

	public int alternatives() {
		return alternatives;
	}

	public long appearances() {
		return appearances;
	}

	public List<String> failures() {
		return List.copyOf(failures);
	}

	/** Files skipped and why, episodes kept over their alternatives, files that became episodes of their own. */
	public List<String> notes() {
		return List.copyOf(notes);
	}

	/** Values left out of what was stored, and why; the files or items they were in were stored without them. */
	public List<String> warnings() {
		return List.copyOf(warnings);
	}

	/**
	 * One line per stored episode, its file and where its facts came from: {@code go-time-100.md:
	 * title "Go Time #100", number 100 from the file name}.
	 */
	public List<String> details() {
		return List.copyOf(details);
	}

	/**
	 * Where the stored episodes' facts came from, in one line: {@code facts: 6 titles from the file
	 * name, 2 numbers from the file name}; null when no episode was stored.
	 */
	public String factsSummary() {
		if (sources.isEmpty()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		List<Map.Entry<String, Integer>> bySource = new ArrayList<>(sources.entrySet());
		bySource.sort(Comparator.comparingInt(entry -> EpisodeFacts.order(entry.getKey().split(" ")[0])));
		bySource.forEach(entry -> {
			String source = entry.getKey();
			int count = entry.getValue();
			int space = source.indexOf(' ');
			String fact = source.substring(0, space);
			parts.add(String.format("%,d %s%s", count, count == 1 ? fact : plural(fact), source.substring(space)));
		});
		return "facts: " + String.join(", ", parts);
	}

	private static String plural(String fact) {
		return fact.equals("audio") ? "audio URLs" : fact + "s";
	}

	public Duration elapsed() {
		return elapsed;
	}

	public boolean ok() {
		return failures.isEmpty();
	}

	/**
	 * {@code 12 files: 10 imported, 0 replaced, 0 unchanged, 0 failed, 2 alternatives; 345
	 * appearances in 1.2 s}; updated episodes and alternatives are counted only when there are any.
	 */
	public String summary() {
		String extra = (updated == 0 ? "" : String.format(", %d updated", updated))
				+ (alternatives == 0 ? "" : String.format(", %d alternative%s", alternatives, alternatives == 1 ? "" : "s"));
		return String.format("%d file%s: %d imported, %d replaced, %d unchanged, %d failed%s; %,d appearances in %.1f s",
				files, files == 1 ? "" : "s", imported, replaced, unchanged, failures.size(), extra, appearances,
				elapsed.toMillis() / 1000.0);
	}

}
