package org.podquote.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.podquote.importer.format.ParsedTranscript;

/**
 * Whether two transcripts are the same episode's words: files that differ only by extension are
 * usually one episode in several formats, but not always (the Podcasting 2.0 examples
 * {@code example.json} and {@code example.vtt} are different shows). Runs of four words are
 * compared, which two different conversations share few of even when they share most words, and
 * which survive the different cue cuts of SRT, WebVTT and HTML.
 */
final class TextOverlap {

	/** Runs of words compared. */
	private static final int RUN = 4;

	/** The share of the shorter transcript's runs the other must hold. */
	private static final double SAME = 0.3;

	private TextOverlap() {
	}

	static boolean sameWords(List<ParsedTranscript.Segment> a, List<ParsedTranscript.Segment> b) {
		List<String> first = words(a);
		List<String> second = words(b);
		if (first.isEmpty() || second.isEmpty()) {
			return first.isEmpty() && second.isEmpty();
		}
		int run = Math.min(RUN, Math.min(first.size(), second.size()));
		Set<String> runs = runs(first, run);
		Set<String> others = runs(second, run);
		long common = runs.stream().filter(others::contains).count();
		return common >= SAME * Math.min(runs.size(), others.size());
	}

	private static List<String> words(List<ParsedTranscript.Segment> segments) {
		List<String> words = new ArrayList<>();
		for (ParsedTranscript.Segment segment : segments) {
			for (String word : segment.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				if (!word.isEmpty()) {
					words.add(word);
				}
			}
		}
		return words;
	}

	private static Set<String> runs(List<String> words, int run) {
		Set<String> runs = new HashSet<>();
		for (int i = 0; i + run <= words.size(); i++) {
			runs.add(String.join(" ", words.subList(i, i + run)));
		}
		return runs;
	}

}
